"""HTML pages of a Chinese news portal, made by the tests (the 北京书市 story of the sample)."""

from __future__ import annotations

TITLE = "“北京书市”丰台分展场于泰舍书局举办"
STORY = (
    "本报讯（通讯员 鲍丰鑫）4月14日至24日，“北京书市”丰台分展场在泰舍书局开幕，四大专区20余"
    "项活动将让广大市民体验“书香丰台”。记者走进泰舍书局书市活动现场，1000平方米的阅读空间宽敞"
    "明亮。",
    "阅读文化活动专区，组织开展新书签售、阅读沙龙、名家讲堂、专题讲座等形式丰富的各类阅读文化活动，"
    "在“4·23”世界阅读日当天，还会邀请知名企业家走进书市分享阅读故事；优惠购书专区有一批特惠图书"
    "展销活动，书市期间所有图书售价统一调整为9折。",
    "近年来，我区深入推进“书香丰台”建设，着重扶持实体书店高质量发展，打造了一批像泰舍书局一样"
    "的市场响应度广、文化影响力大的品牌书店，全民阅读氛围在丰台越来越浓厚。",
)


def article_html(
    *, head_meta: str = "", byline: str = "", title: str = TITLE, paragraphs=STORY
) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}_丰台报_首页</title>
{head_meta}
</head>
<body>
<div class="nav"><a href="/">首页</a> | <a href="/news">要闻</a> | <a href="/life">生活</a>
 | <a href="/about">关于我们</a> | <a href="/contact">联系我们</a></div>
<div class="main">
<article>
<h1>{title}</h1>
<div class="info">{byline}</div>
{body}
</article>
</div>
<div class="footer">版权所有 © 丰台报社 京ICP备12345678号 电话：010-12345678</div>
</body>
</html>
"""
