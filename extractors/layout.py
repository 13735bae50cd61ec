"""A page's layout: header, titles, datelines and stories, with offsets into the source text.

PDF text of a newspaper page comes as hard-wrapped lines in reading order that is not the
story order: a headline can sit far from its story. The reader here

1. classifies lines (page header, metadata, continuation markers, title candidates, body);
2. joins hard-wrapped body lines into paragraphs (a line that fills its column and does not
   end a sentence continues on the next line) and drops stray spaces, keeping source offsets;
3. cuts the body into stories at datelines (``本报讯`` …), continuation markers and titles;
4. gives each story its title: a title run directly before a story is its title, and a title
   that stands alone (followed by another title, or after its story) goes to the untitled
   story whose text shares most of its character pairs.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Final

from . import rx
from .chars import BMP, decimal_digits, flag_table, holds, whitespace
from .reader import SourceMap, bigrams, join_lines, nfkc_counting
from .script import COMMON_TRADITIONAL, to_simplified
from .triggers import field_role

# ----------------------------------------------------------------------------- patterns

# Page header of a printed paper: `02 2023 年 4 月 14 日 星期五综合 责任编辑：…`.
_HEADER: Final = rx.compile(
    # `@02 2023 年…`: stray marks an extraction leaves before the page number
    r"^[@#*•·■□▲◆★|>\s]*(?:(?P<page>[A-Z]?\d{1,3})\s+|第\s*(?P<page2>\d{1,3})\s*版\s*)?"
    r"(?:[\u4e00-\u9fff]{2,8}报\s+)?"  # (`文摘报 2016年10月01日 星期六`: the paper's name first)
    r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*"
    r"(?:(?:星期|周)[一二三四五六日天]\s*)?"
    r"(?:第\s*(?P<page3>\d{1,3})\s*版\s*)?"
    r"(?P<section>[\u4e00-\u9fff]{2,6}?)?(?=\s|责任|编辑|$|[:|/])"
)
_HEADER_HINT: Final = rx.compile(r"星期|周[一二三四五六日]|责任编辑|编辑|版")
# a digital paper's page line with a numeric date (`第5版:上海新闻 2020-09-15`)
# (or the date first, then the page and its name: `  2023-08-09   A03版:三版`,
# `2014-01-24 第A03版:时事新闻`)
_PAGE_LINE: Final = rx.compile(
    r"^\s*(?:第\s*(?P<page>[A-Z]?\d{1,3})\s*版\s*[:：]\s*(?P<section>[\u4e00-\u9fff]{2,8})\s+)?"
    r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?(page)|\s+第?(?P<page2>[A-Z]?\d{1,3})版(?:[:：][\u4e00-\u9fff\d]{1,6})?)\s*$"
)
# Web page metadata: `发布时间：2023-04-10 09:30 来源：…`.
# (a Taiwan page's year of the Republic: `發布日期:114-04-17`, 114 = 2025; see _safe_date)
# (the Republic's year: `113-04-22`, `中華民國109年07月01日`)
# (after a label's colon too: `發稿日期:110年1月1日`; slashed: `【114/9/24】`)
_ROC_YEAR: Final = (
    r"|(?<!\d)1[01]\d(?=-\d{1,2}-\d{1,2}(?!\d)|/\d{1,2}/\d{1,2}(?![\d/]))|(?<=民國|民国)1[01]\d(?=年)"
    r"|(?<=[:：])1[01]\d(?=年\d{1,2}月\d{1,2}日)"
    # (a label's two-digit year, its month and day padded: `发布时间: 14年04月24日 08:51`,
    # `发布时间:18-06-29`)
    r"|(?:(?<=[:：])|(?<=[:：]\s))[0-3]\d(?=年[01]\d月[0-3]\d日|-[01]\d-[0-3]\d(?![\d:-]))"
)
_YMD: Final = (
    rf"(?P<y>(?:19|20)\d{{2}}{_ROC_YEAR})\s*[-/.年]\s*(?P<m>\d{{1,2}})\s*[-/.月]\s*(?P<d>\d{{1,2}})"
)
# (a stamp's year and month each alone on a line with its slash: `2024/` / `10/` / `12`)
_YEAR_SLASH: Final = rx.compile(r"\s*(?:19|20)\d{2}\s*/\s*")
# (a blog's date badge, its year and month under its day: `20` / `2014.05`)
_YEAR_MONTH_ALONE: Final = rx.compile(r"(?P<y>(?:19|20)\d{2})[./-](?P<m>[01]?\d)")
_PART_SLASH: Final = rx.compile(r"\s*\d{1,2}\s*/\s*")
# (a numeric date with its clock to the second glued on: `2011-7-190:0:0`)
_GLUED_CLOCK: Final = rx.compile(
    r"(?P<date>(?:19|20)\d{2}-\d{1,2}-[0-3]?\d)(?P<clock>(?:[01]?\d|2[0-3]):[0-5]?\d:[0-5]?\d)"
)
# (a post's reads and its poster after its stamp: `1 admin`)
_READS_AND_POSTER: Final = rx.compile(r"(?:\d{1,7}\s*)?(?:[A-Za-z][\w.-]{1,20})?")
# a full date in words, its year the Common Era's or the Republic's (`2016年7月19日`,
# `110年10月26日`)
_YMD_WORDS: Final = (
    r"(?P<y>(?:19|20)\d{2}|1[01]\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
)
# the verbs of a publication line's label (`发布时间`, `公布年份`)
# (`发佈`: a simplified page keeping one traditional character, as Macao's portals print it)
_PUBLISHING: Final = "发布|发佈|发表|发稿|发文|刊发|出版|更新|上传|公布|公开|生成|公告"
# (a publication line's label at the end of its line: `[中艺网 发布时间:`)
_PUBLISHED_LABEL_ENDS: Final = rx.compile(rf"(?:{_PUBLISHING})(?:时间|日期)\s*[:：]\s*$")
# (`日期:[2019年09月12日]`, a record's `公开日期: | 2023-01-19`, a digital paper's `日期查询:`)
_PUBLISHED: Final = rx.compile(
    # (the publishing word alone too: `出版:2026-Jan-28 22:48`)
    # (a site's record of when it was added: `添加时间:2009-10-11`; in English: `Last updated:
    # 2025 年 11 月 18 日 下午 3:28`)
    rf"(?P<label>(?:{_PUBLISHING}|录入|添加|信息)(?:时间|日期|年份)|{_PUBLISHING}|日期查询|日期|时间"
    r"|(?i:last updated|updated|published|posted)(?: on)?)"
    r"\s*[:：】][\s|]*\[?\s*(?:中华民国)?" + _YMD  # (`公告时间:中华民国109年07月01日 11:13`)
)
# (or said closing the page's last lines: `…由莒光鄉公所發佈於 2023年9月29日 星期五`)
_PUBLISHED_ON: Final = rx.compile(
    r"(?:发布|发表)于\s*" + _YMD + r"\s*日?\s*(?:星期[一二三四五六日天])?\s*$"
)
# labels that say only "time" or "date": a notice's event time as often as a page's stamp
_BARE_LABELS: Final = ("时间", "日期")
# a record's other dates: not the day it was published (`成文日期:2015-05-26`, `实施日期:…`)
# (`公文生成日期:2023-07-27`: the day the document was drawn up)
# (`开始日期:2019-08-19截止日期:2019-09-18`: a window's days)
_NOT_PUBLISHED: Final = tuple("成文 实施 施行 生效 废止 截止 有效 公文 开始 起始 结束 终止".split())
# the label alone on its line, the stamp on the next (`生成日期` / `2023-09-22 09:25:00`)
# (in brackets too: `• [ 发布日期 ]` over `• 2025-01-09`)
_PUBLISHED_LABEL: Final = rx.compile(
    rf"[•·*\s]*[\[【]?\s*(?:{_PUBLISHING})(?:时间|日期)\s*[\]】]?\s*[:：]?\s*"
)
# a bare label alone on its line (`日期:`)
_ZERO_PADDED: Final = rx.compile(r"[年月]0")
_BARE_LABEL: Final = rx.compile(rf"\s*(?:{'|'.join(_BARE_LABELS)})\s*[:：]\s*")
# a digital paper's issue (`20210606期来自:吉林日报`), or a page's compact day alone on its line
# over its text (`20160316` / `Page 1`, a paper's PDF page), maybe with its clock (`201710201809`)
_ISSUE_NUMBER: Final = rx.compile(
    r"\s*(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?:期|(?:(?:[01]\d|2[0-3])[0-5]\d)?\s*$)"
)
# a paper's name, its issue's day in square brackets (`…结果很尴尬| 新民早报[2021.5.5]`, a
# digest's title over its page)
_PAPER_ISSUE: Final = rx.compile(
    r"[\u4e00-\u9fff]{2,6}[报報]\s*\[\s*(?P<y>(?:19|20)\d{2})\s*[./-]\s*(?P<m>\d{1,2})\s*[./-]"
    r"\s*(?P<d>\d{1,2})\s*\]"
)
# A web page's time stamp line: `2022/6/29 4:50:15发布`, `来源：北京日报 | 2023-05-06 08:30`,
# `2011.05.06` alone on a line near the top.
_STAMP: Final = rx.compile(
    # (not a path in an address: `https://www.ntdtv.com/b5/2009/01/24/a249993.html`)
    rf"(?<![/A-Za-z0-9_])(?P<y>(?:19|20)\d{{2}}{_ROC_YEAR})\s*(?P<sep>[-/.年])\s*(?P<m>\d{{1,2}})\s*[-/.月]\s*(?P<d>\d{{1,2}})"
    # (`2018-12-2912月28日上午…`, `2020-01-082019年,…`: a stamp run into the text's first date)
    r"(?:(?![\d.])|(?<=-\d\d)(?=\d{1,2}月|(?:19|20)\d{2}年))\s*日?"
    # (its clock in numbers or words: `2022年09月19日 18时05分   山西日报`)
    # (or in brackets: `2009-12-01 (14:29)`)
    # (or after its half of the day: `2019年6月5日 下午4:34`)
    r"(?:\s*(?:[上下]午\s*)?(?P<clock>\d{1,2}:\d{2}|\d{1,2}时\d{1,2}分)(?P<sec>:\d{2})?"
    r"|\s*\(\d{1,2}:\d{2}\))?"
    # (and when it was updated: `2022/7/26 19:21(7/26 19:55 更新)`)
    r"(?:\s*[(（](?:\d{1,2}/\d{1,2}\s*)?\d{1,2}:\d{2}\s*更新\s*[)）])?"
)
# (a site's address beside a date: `http://www.sina.com.cn 2005年08月08日05:21 四川在线`; its
# font-size buttons: `A-A+2013年9月18日08:09华声在线`; a byline's empty field:
# `通讯员:  2020年01月09日 10:08`)
_STAMP_WORDS: Final = rx.compile(
    r"来源|发布|浏览|阅读|点击|次查看|人气|作者|编辑|(?:通讯员|记者)\s*[:：]|字号|字体|放大|缩小|稿源|供稿|[【|]"
    r"|参考\s*[:：]"  # (the page it was taken from: `参考:香港政府一站通 时间:2018-05-01`)
    r"|最[后後]更新"  # (`2024年09月19日 11:41 最後更新:15:50`: the stamp, then its update)
    r"|\[(?=\s*(?:19|20)\d{2}年)"  # (the day in square brackets: `[2023年11月1日]`)
    r"|//"  # (a byline's name set off before its stamp: `陈珏竹 // 2015年6月25日 18:59`)
    r"|https?://|www\."
    r"|A[+-]\s*A[+-]"
)
# (`南宁云—南宁日报`: the platform, then its paper; `南国早报-广西云客户端`: the paper, then its
# platform; a broadcaster: `江门台 2024年07月04日`)
_PAPER_NAME: Final = rx.compile(
    r"(?:[\u4e00-\u9fff]{2,8}\s*[—–-]+\s*)?[\u4e00-\u9fff]{2,8}(?:报|报社|新闻网|台)"
    # (`现代快报+ZAKER南京`, `合肥晚报丨ZAKER合肥`: and its partner)
    r"(?:\s*[+＋丨]\s*[A-Za-z\u4e00-\u9fff]{0,12})?"
    r"(?:\s*[—–-]+\s*[\u4e00-\u9fff]{2,8}(?:客户端|网))?"
)
_PAPER_AND_REPORTER: Final = rx.compile(_PAPER_NAME.pattern + r"(?:\s*[\u4e00-\u9fff·]{2,4})?")
# a writer's name or two after a byline's date (`卢梦谦`, `王钰舜 陈铭曦`)
_WRITERS: Final = rx.compile(r"[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,2}")
_ACCOUNT_NAME: Final = rx.compile(r"(?:[A-Z]{2,8}\s?)?[\u4e00-\u9fff]{2,10}")  # (`ZAKER贵阳`)
_ACCOUNT_AFTER: Final = rx.compile(r"[\u4e00-\u9fff]{2,10}(?:\s+[\u4e00-\u9fff]{2,10})?")
_SAYS_WHEN: Final = rx.compile(r"时间|日期|期限|截止|开始|结束")  # (`截止日期 2023-10-15`: a field)
_OFFICE_NAME: Final = rx.compile(
    r"[\u4e00-\u9fff]{2,16}(?:中心|局|厅|委员会|委|办公室|办|政府|部|院|站|所|协会|馆|街道|镇|乡|支队|大队)"
)
# the original's date on a repost (`来源时间为:2021-06-10` under the mirror's own stamp)
# (`(摘自2010年3月26日 星期五 《姑苏晚报》13版)` under an excerpt; `《光明日报》( 2023年04月15日
# 02版)` after a reprinted story)
# (`《人民日报海外版》(2024年12月25日 第 01 版)` over a page of pictures; spaced inside its
# marks: `《 人民政协报 》 ( 2022年01月06日   第 02 版)`)
# (`当前:2版(2021年07月19日) 上一版 下一版`, `当前:一版(2016年12月27日)`: a digital paper's page
# and its issue's date; `當前報章2020年10月05日`: its issue)
_SOURCE_DATE: Final = rx.compile(
    r"(?:(?:来源|原文|首发)(?:时间|日期)(?:为)?\s*[:：]|摘自|当前报章|《[^《》]{2,14}报(?:海外版)?\s*》\s*[(（]|"
    # (or with no brackets, its page after it: `《嘉兴日报》2009年11月22日第1版` under a story)
    r"《[^《》]{2,14}报》(?=\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*第?\s*\d{1,3}\s*版)|"
    # (a digital paper's record: `来源:羊城晚报     2022年04月27日        版次:A01`)
    r"来源\s*[:：]\s*[\u4e00-\u9fff]{2,10}报\s+(?=\d{4}年\d{2}月\d{2}日\s+版次)|"
    r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*版\s*\("
    # (its page named by a letter and number: `当前:B1(2018年09月04日)`)
    r"|当前\s*[:：]\s*[A-Z]\d{1,2}\s*\()\s*" + _YMD
)
# a digital paper's article record, flattened into the text (`2020-02-11 2 2 江海晚报
# content_5483.html 1 3 <title>`, `2018-10-10 1 1 河北日报 c100483.html`): its issue's date
# (or with the article's subtitle after the date: `2023-01-20 正月初一至初七,… 8 8 今日普陀
# content_309234.html`)
_ISSUE_RECORD: Final = rx.compile(
    r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\s+(?:[^\n]{1,80}?\s)?\S{1,4}\s+\S{1,4}\s*"
    r"[\u4e00-\u9fff]{2,10}\s*(?:content_|c_?)\d+\.html?"
)
# (an article's number, then its issue's day at midnight: `1461876 2024-09-23 00:00:00 一 …`)
_ID_RECORD: Final = rx.compile(
    r"\s*\d{5,9}\s+(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\s+00:00:00\s"
)
# a headline stamped with its day (`…座谈会 杨军出席并讲话(2010年08月28日)`), a stamp opening a
# line of page text (`2006年9月3日 02:33 龙岗区…`), a stamp split over lines (`2023` / `04/22`)
_TITLE_STAMP: Final = rx.compile(
    r"\((?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{2})\s*[-/.月]\s*(?P<d>\d{2})\s*日?\)$"
)
# (its clock glued on: `2017年11月27日12:08 新浪跑步 微博`; or a blog's stamp before its site and
# category: `2018年02月15日丨3412MM丨分类: 文化丨…`)
_OPENING_STAMP: Final = rx.compile(
    r"^[|\s]*(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
    r"(?:\s+\d{1,2}:\d{2}(?!\s*[-—–~至到])|\d{2}:\d{2}(?=\s)(?!\s*[-—–~至到])|\s*丨)"
)
# (the zones it names, looked for in the page before any line is tried)
_ZONE_NAMED: Final = rx.compile(r"HKT|CST|GMT\+0?8")
_ZONED_STAMP: Final = rx.compile(
    r"(?P<y>(?:19|20)\d{2})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\s*(?:HKT|CST|GMT\+0?8(?::?00)?)\s*"
    r"\d{1,2}:\d{2}(?::\d{2})?"
)
# (numeric, its clock glued to the text: `2021-03-05 10:403月2日,…集贸市场…正式开门营业`)
_OPENING_NUMERIC_STAMP: Final = rx.compile(
    r"^\s*(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\s+\d{2}:\d{2}(?=\d{1,2}月)"
)
_WINDOW_OPENS: Final = rx.compile(rf"\s*(?:开始|起始)(?:日期|时间)\s*[:：]\s*{_YMD}")
# the page's first line ending with its day (`…活动欢乐开启 2025年02月13日`, `2023年10月11日` alone)
_CLOCK_SAID: Final = rx.compile(r"\d{1,2}:\d{2}")
_ENDS_WITH_DAY: Final = rx.compile(
    r"(?:^|(?<=\s))(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*$"
)
# the page's first line, a headline, ending with its machine's stamp, maybe glued to it
# (`…凌晨臨時封閉交通2026-01-16`; not a run's end: `…至2026-01-16`)
_HEADLINE_THEN_STAMP: Final = rx.compile(
    r"(?<=[\u4e00-\u9fff\s!！?？”」』])(?<![至到])"
    r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\s*$"
)
# a headline, a wide gap, then its page's stamp (`…年貨市集開集         2026年01月22日15:31`)
_GAP_THEN_STAMP: Final = rx.compile(
    r"(?<=\S)(?:\s{3,}|\t)(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
    r"\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)
# a headline, its paper, then the page's padded day (`…便民服务大集 烟台晚报 2023年04月03日`)
_PAPER_THEN_STAMP: Final = rx.compile(
    r"(?<=\S)\s+"
    + _PAPER_NAME.pattern
    + r"\s+(?P<y>(?:19|20)\d{2})年(?P<m>\d{2})月(?P<d>\d{2})日\s*$"
)
# a printed page's header run into its text (`A26 中國新聞 … 責任編輯:曹思遠 版面設計:袁耀誠 2015 年
# 8 月 10 日(星期一) 香港文匯報訊 …`): its page, its editors, then its day and weekday
_FLAT_HEADER: Final = rx.compile(
    r"^\s*[A-Z]?\d{1,3}\s[^\n]{0,60}?[责責]任[编編][辑輯]\s*[:：][^\n]{0,60}?"
    r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*"
    r"[(（]?\s*星期[一二三四五六日天]"
)
# (a stamp with its clock set apart in a page printed without line breaks, after an agency's
# dateline: `…【中央社╱台北三十一日電】 2008.07.31 09:49 am 台北市政府將於…`)
FLAT_STAMP: Final = rx.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d{2})[.\-/](?P<m>\d{1,2})[.\-/](?P<d>\d{1,2})\s+\d{1,2}:\d{2}"
    r"(?P<ap>\s*[ap]m)?(?![\d:])",
    re.I,
)
# (a page's first line: its padded day, then its byline: `2024-05-13Text: Kennis Wong`)
_STAMP_THEN_BYLINE: Final = rx.compile(
    r"^\s*(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\s*"
    r"(?=(?:Text|By|Photo|文|撰文|作者|记者)\s*[:：])"
)
# a social network's post, who posted what, then its day and clock with a bullet
# (`國立台灣美術館新增了 1 張相片。2016年12月22日上午9:57 · 休館公告:`)
_POST_STAMP: Final = rx.compile(
    r"^[^\n]{0,60}?(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*[上下]午\s*"
    r"\d{1,2}:\d{2}\s*·"
)
# a one-line page's headline, its day, then the story's bracketed dateline (`公費流感疫苗開打 …
# 2016-09-30 【外勞社記者楊孝慈九月三十日臺北報導】…`)
_HEADLINE_STAMP_DATELINE: Final = rx.compile(
    r"^[^\n【]{4,60}?\s(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\s*(?=【)"
)
_NOTICE_THEN_STAMP: Final = rx.compile(
    r"^\s*关于[^。，,\n]{2,40}?的(?:公告|通知|通告|启事)\s+"
    r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d:])"
)
# an item's number alone on a line, zero-padded (`02` over `“靈蛇舞春 喜鬧元宵”`)
_ITEM_NUMBER: Final = rx.compile(r"0[1-9]")
_DATE_UNITS: Final = frozenset("年月日号时点分-/.:")
_IMAGE_FILE: Final = rx.compile(r"[^\s/]{1,60}\.(?i:png|jpe?g|gif|bmp|webp)")
_IMAGE_FILE_ENDS: Final = frozenset("gGfFpP")
_PHOTO_CREDIT: Final = rx.compile(r"[\u4e00-\u9fff]{2,4}(?:[\s、][\u4e00-\u9fff]{2,4})*\s*[摄攝]")
# what a credit line ends with, in both scripts (`… 摄`, `新華社發(呂傳泉 攝)`)
_CREDIT_ENDS: Final = frozenset("摄攝)）")
_NAMES: Final = r"[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s*[摄攝]"
# a picture's caption ending with its credit (`今早,乘客在首发车上拍照留念 羊城晚报记者 周巍 摄`,
# `11月5日,建设者在…隧道内施工。新华社发(吕传泉 摄)`): the scene shot, no text
_CAPTION_CREDITED: Final = rx.compile(
    rf"[^\n]{{4,100}}?(?:(?:记者|記者|通讯员|通訊員|摄影|攝影)\s*{_NAMES}"
    rf"|[\u4e00-\u9fff]{{2,6}}[发發]\s*[(（]\s*{_NAMES}\s*[)）])"
)
# a picture's placeholder left alone on a line (`logo`, `图片`)
_PICTURE_WORDS: Final = frozenset(("logo", "图片", "配图", "二维码"))
# (a caption telling what is to come is news: `…合龙贯通,并将于11月底正式通车。 新华社记者
# 魏培全 摄`)
_TO_COME: Final = rx.compile(r"[将將]|计划|計劃|预计|預計|拟于|擬於")
# a gallery's picture captioned with the headline and its number (`关于…的通告,第1张`)
_NUMBERED_PICTURE: Final = rx.compile(r"[^。!?！？]{4,80}[,，]\s*第\d{1,2}张")
# what a site's name ends with (`景县新闻网`, `海口网`, `汉中在线`)
SITE_SUFFIX: Final = r"(?:网|在线|客户端|融媒)"
_SITE: Final = r"[\u4e00-\u9fff]{1,10}" + SITE_SUFFIX
_SITE_NAME: Final = rx.compile(rf"\s*{_SITE}\s*")
# (`…暂停对外开放! 文化旅游 汉中在线 2022-03-10 11:38 3月8日,…`: the site, its stamp and clock)
_SITE_THEN_STAMP: Final = rx.compile(
    rf"(?<=\s){_SITE}\s+(?P<y>(?:19|20)\d{{2}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})\s+\d{{1,2}}:\d{{2}}"
)
# a day alone, a wide gap, then the column it is shown under (`2015年2月28日    即時資訊`)
_DAY_THEN: Final = r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
_DAY_THEN_COLUMN: Final = rx.compile(_DAY_THEN + r"(?:\s{3,}|\t)[\u4e00-\u9fff]{2,6}")
# (one space apart on the page's first line: `2020年7月14日 時事脈搏`)
_DAY_THEN_COLUMN_FIRST: Final = rx.compile(_DAY_THEN + r"\s+[\u4e00-\u9fff]{2,6}")
# a digital paper's issue under its label, below its menus (`當前報紙日期:` / `2023 10月30日 星期`)
_CURRENT_ISSUE: Final = rx.compile(
    r"(?:当前|本期)报纸日期\s*[:：]?\s*(?P<y>(?:19|20)\d{2})\s*年?\s*(?P<m>\d{1,2})\s*月"
    r"\s*(?P<d>\d{1,2})\s*日"
)
_ISSUE_REACH: Final = 3000
# a day then the word that it is the publication's (`[2024.03.11] 發表`), maybe with its zone and
# clock (`2025年2月28日发表于香港时间 17:30`, Hong Kong's government)
_DAY_THEN_PUBLISHED: Final = rx.compile(
    r"[\[【(]?\s*(?P<y>(?:19|20)\d{2})\s*[./\-年]\s*(?P<m>\d{1,2})\s*[./\-月]\s*(?P<d>\d{1,2})\s*日?"
    r"\s*[\]】)]?\s*(?:发表|发布|發表|發佈)于?(?:\s*(?:香港时间|香港時間)\s*\d{1,2}:\d{2})?"
)
# a page's date printed twice in a row, in a page without line breaks (`…兴国将军网打开 2023年 1月
# 1日2023年 1月 1日 潋江欢腾…`)
_STAMP_TWICE: Final = rx.compile(
    r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*"
    r"(?P=y)\s*年\s*(?P=m)\s*月\s*(?P=d)\s*日"
)
# (numeric, each with its weekday: `時間:2018-09-06 (週四)2018-09-06 (週四)`)
_NUMERIC_STAMP_TWICE: Final = rx.compile(
    r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\s*(?P<w>[(（](?:週|周|星期)[一二三四五六日天][)）])"
    r"\s*(?P=y)-(?P=m)-(?P=d)\s*(?P=w)"
)
# (`东莞 赛龙舟 交通 … 东莞阳光网 2019-06-03`: a page's tags, its site, then its numeric stamp)
_TAGS_THEN_SITE: Final = rx.compile(
    rf"\s*(?:[\u4e00-\u9fff]{{1,8}}\s+)+{_SITE}\s+(?=(?:19|20)\d{{2}}-)"
)
_NAME_SET_APART: Final = rx.compile(r"\s*[\u4e00-\u9fff]{2,8}(?:\s{3,}|\t)")
_SITE_THEN_DOMAIN: Final = rx.compile(_SITE + r"[A-Za-z.]{0,16}")  # (`…城市群网YGA.CN`)
_SITE_AND_ADDRESS: Final = rx.compile(_SITE + r"\s*[(（]\s*(?:www\.)?[A-Za-z0-9.-]{3,40}\s*[)）]")
# a site's name alone after a labelled stamp, digits in it or not (`时间:2023-01-31番禺168网`)
_SITE_AFTER: Final = rx.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff\d]{0,9}" + SITE_SUFFIX)
# a site's or a paper's name (`九江新聞`, `汉中日报`)
_NEWS_NAME: Final = rx.compile(r"[\u4e00-\u9fff]{1,8}(?:新闻|新聞|日报|日報|晚报|晚報)|" + _SITE)
# a digest's year-less masthead (`1月11日微语报`) over its weekday and lunar day
_DIGEST_HEAD: Final = rx.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日[\u4e00-\u9fff]{0,6}报")
_TRAILING: Final = " ,，。"
# a digest's year-less day and weekday alone on a top line (`11月7日/星期四`): the page's day
_YEARLESS_MASTHEAD: Final = rx.compile(
    r"^[ \t]*(?P<y>)(?P<m>\d{1,2})月(?P<d>\d{1,2})日[ \t]*[/／|丨,，]?[ \t]*"
    r"(?:星期|周)[一二三四五六日天][ \t]*$",
    re.MULTILINE,
)
_DIGEST_NOTE: Final = rx.compile(
    r"星期(?P<w>[一二三四五六日天])\s*[,，]?\s*农历(?P<lm>[正冬腊一二三四五六七八九十]{1,2})月"
    r"(?P<ld>初[一二三四五六七八九十]|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅)"
)
# a page's date after the English word (`date 2025-10-31`, as some sites print it)
_DATE_WORD: Final = rx.compile(
    r"^\s*(?i:date)\s*[:：]?\s*(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"
)
# a document's issue: its number then its date (`鹰府办字〔2025〕30号2025年04月10日`), or its
# issuer then the date in brackets (`紫云自治县统计局 (2022年4月28日)`)
ISSUED_BY: Final = r"(?:〔(?:19|20)\d{2}〕\s*\d{1,4}\s*号|(?:局|委员会|政府|办公室|厅)\s*[(（])\s*"
_ISSUED: Final = rx.compile(ISSUED_BY + r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
_YEAR_ALONE: Final = rx.compile(r"(?:19|20)\d{2}")
_WEEKDAY_ALONE: Final = rx.compile(r"(?:星期|周)[一二三四五六日天]")
_WEEKDAY_NAMES: Final = "一二三四五六日天"  # (by Monday = 0; 天 at 7 is Sunday too)
_WEEKDAY_SAID: Final = rx.compile(r"(?:星期|周)[一二三四五六日天]?")  # (its day cut off or not)
# a numeric day (`2025-09-18`: opening a line of a list, `2025-09-18十二连跌!…`)
ISO_DAY: Final = rx.compile(r"\d{4}-[01]\d-[0-3]\d")
# (its source may follow it: `2019` / `12/13齐鲁晚报·齐鲁壹点`)
_MONTH_DAY_ALONE: Final = rx.compile(
    r"(?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?:\s*[\u4e00-\u9fff·]{2,12})?"
)
# (for a page dated by its dateline alone) its date words, the text's full dates and years:
# `2019年春节`, `2018年全年`, not a span of years (`2010年代`)
_DATELINE_DAY: Final = rx.compile(r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
# a reporter's lead: the day the news was gathered (`9月30日,春城晚报-开屏新闻记者从…获悉:`,
# `记者陈成报道:1月24日,中国江西网记者获悉`), read as a year-less dateline (its empty `y`)
# (or the paper the story ran in: `(本文刊于《珠海特区报》9月23日)`; or the day a text opening
# with `今天(7月3日),…` says it is)
# an outlet that learnt the news, after the day it did (`凤凰网安徽从…新闻发布会上获悉`): the
# day of the report, not of a happening (the event builder drops it too)
OUTLET_LEARNT: Final = (
    r"[\u4e00-\u9fff]{1,6}(?:网|报|台)[\u4e00-\u9fff]{0,4}从[^。\n]{0,40}?(?:获悉|了解到|获知|得知)"
)
_REPORTED_ON: Final = rx.compile(
    # (or the outlet itself: `3月6日,凤凰网安徽从…新闻发布会上获悉`; or after a dateline's
    # reporters: `四川经济网讯(记者 李霁玥)12月26日,记者从…获悉`)
    r"(?:(?:^|[。\n:：)）,，])\s*(?=\d{1,2}月\d{1,2}日[,，][^。\n]{0,30}?"
    rf"(?:记者[^。\n]{{0,24}}?(?:获悉|了解到|获知|得知)|{OUTLET_LEARNT}))"
    r"|刊于《[^《》]{2,12}》\s*|(?:^|[。\n])\s*(?:今天|今日)\s*[(（])"
    r"(?P<y>)(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
)
# a site's stamp that leaves the year out, alone on a top line or before its source (`06-25
# 06:13:27 来源:重庆日报`), or after the site's name (`昆明信息港    03-02 23:03:31`, `现代快报+
# 04-09`): the page's day, in the year the text gives it
_YEARLESS_STAMP: Final = rx.compile(
    r"^[ \t]*(?:(?P<site>[^\s\d:：,，。]{2,12}[+＋]?)[ \t]+)?(?P<y>)(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?P<clock>[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*(?:(?:来源|稿源)[:：][^\n]*)?$",
    re.MULTILINE,
)
_FULL_DATE: Final = rx.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_FEED_STAMP: Final = rx.compile(
    r"[-•·*]\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}:\d{2}"
)
_FEED_LINES: Final = rx.compile(r"^\s*" + _FEED_STAMP.pattern + r"\s*$", re.MULTILINE)
_COMPARED_WITH: Final = rx.compile(r"(?:同比|相比|较)$")
_FULL_DATE_NOT_STAMPED: Final = rx.compile(_FULL_DATE.pattern + r"(?!\s*\d{1,2}:\d{2}:\d{2})")
# a run's last month, of a year, without its day (`延续至2021年2月底`)
_RUN_TO_MONTH: Final = rx.compile(r"(?:至|到)\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d)")
# how soon before such a month a year-less day is put in the year that makes it so (a season's
# run: `18日,…冰雪节…开幕,…活动将延续至2021年2月底` under `12月18日電` is 2020's)
_NEAR_MONTH: Final = dt.timedelta(days=92)
# the day of an item in a list of related stories (`- 2016-02-14盘点春节…`)
_LISTED_STORY_DATE: Final = rx.compile(
    r"^[-•·*]\s*((?:19|20)\d{2})-([01]?\d)-([0-3]?\d)(?![\d/])", re.MULTILINE
)
# a day in an address's path (`img.hkwb.net/content/2016-06/24/b8ae….jpg`)
_PATH_DATE: Final = rx.compile(r"/((?:19|20)\d{2})-?([01]\d)/([0-3]\d)/")
# a day written by a machine in a name, its clock after it or not (`20190216203942`)
_COMPACT_DATE: Final = rx.compile(
    r"(?<!\d)((?:19|20)\d{2})([01]\d)([0-3]\d)(?=(?:\d{4}|\d{6})?(?!\d))"
)
# a year the text names: `2023年`, or an edition's year before its name (`2024火宫殿春节大庙会`,
# `2025福州国际龙舟邀请赛`; not a count: `2024人`, `2024元`)
_YEAR_NAMED: Final = rx.compile(
    # (`1.2018年福州市…启动仪式`: after an item's number at a line's start)
    # (`2024 海澜之家…`: a space left between them)
    r"(?:(?<![\d.])|(?<=^\d\.)|(?<=\n\d\.))((?:19|20)\d{2})"
    r"(?:\s*年(?!代)|[ \t]?(?=[\u4e00-\u9fff“])"
    r"(?![元人个万亿次名件米吨户家所辆台张条天位株只座多余平公千百届级]))"
)
# a digital paper's footer: `浙江日报 要闻 00003 … 2014年05月04日 星期日` (zero-padded: a machine's)
_FOOTER_STAMP: Final = rx.compile(
    r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{2})月(?P<d>\d{2})日\s*星期[一二三四五六日天]\s*$"
)
# a press release's day and its Hong Kong time on the line below, ending the page
_RELEASE_DAY: Final = rx.compile(
    r"\s*(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*(?:[(（]星期[一二三四五六日天][)）])?\s*"
)
_RELEASE_CLOCK: Final = rx.compile(r"\s*香港[時时][間间]\s*\d{1,2}[時时]\d{1,2}分\s*")
# a line of a day after a dash (`- 2007-04-25`)
_DASHED_DAY: Final = rx.compile(
    r"\s*[-–—•]\s*(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\s*"
)
# the news agencies whose name stands beside a story's day at its foot
_AGENCIES: Final = r"(?:中央社|新华社|中新社|中通社|路透社|法新社|美联社|共同社)"
# an agency's name and the day alone on a line at a story's foot (`中央社 110年10月26日`)
_AGENCY_DAY: Final = rx.compile(
    r"\s*"
    + _AGENCIES
    + r"\s*[–—-]?\s*"
    + _YMD_WORDS
    + r"(?:\s*(?:上午|下午)?\s*\d{1,2}:\d{2})?\s*"  # (`中央社 – 2014年2月13日 下午4:01`)
)
# an agency's stamp in brackets closing a story's last sentence (`…美好記憶。 【2008/08/31
# 中央社】`)
_AGENCY_STAMP_END: Final = rx.compile(
    r"[。!?！？」”]\s*(?P<stamp>【\s*" + _YMD + r"\s*" + _AGENCIES + r"\s*】)\s*$"
)
# a numbered item's field (`二、 比赛日期:…`, `(三)报名时间:…`)
_NUMBERED_FIELD: Final = rx.compile(
    r"(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）])\s*\S{0,8}?[:：]"
)
# a press release's day opening its first paragraph, then a dash (`2016年7月19日 – 由香港
# 贸易发展局主办的…`)
_RELEASE_DATELINE: Final = rx.compile(r"\s*" + _YMD_WORDS + r"\s*[–—]\s*")
# an official document's print line at its foot: `淮北市第五中学政教处 2016年9月22日印发`, under
# its subject words and its copy count (`(共印20份)`)
_PRINTED_ON: Final = rx.compile(_YMD_WORDS + r"\s*印发\s*$")
# a page's closing line that dates it: the print line, a blog's byline (`written by 2mi2mi on
# 2012-04-27 in #places …`), a digital paper's record (`2023-06-08 2 2 河北经济日报
# con128963.html 1 …`)
_CLOSING_DAYS: Final = (
    _PRINTED_ON,
    rx.compile(
        r"(?:written|posted)\s+by\s+\S+\s+on\s+(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b",
        re.I,
    ),
    rx.compile(
        r"^\s*(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\s+\d{1,3}\s+\d{1,3}\s+"
        r"[\u4e00-\u9fff]{2,10}\s+\w+\.html?\b"
    ),
)
# a writer's name then the day, month first and the year after a comma (`李紫彤 03月 30,2023`)
# (or a blog's weekday before it, its view counter after: `星期六, 10月 02, 2021 Views`)
_MONTH_DAY_COMMA_YEAR: Final = rx.compile(
    r"(?:[\u4e00-\u9fff]{2,4}\s+|星期[一二三四五六日天],\s*)"
    r"(?P<m>[01]?\d)月\s?(?P<d>[0-3]\d),\s?(?P<y>(?:19|20)\d{2})\s*(?:Views\s*)?"
)
# (a blog's weekday, then the day, the month in words and the year: `週六, 05 九月 2015 00:02`)
_DAY_MONTH_WORDS_YEAR: Final = rx.compile(
    r"(?:週|周|星期)[一二三四五六日天],\s*(?P<d>[0-3]?\d)\s*(?P<m>十[一二]?|[一二三四五六七八九])月\s*"
    r"(?P<y>(?:19|20)\d{2})(?:\s+\d{1,2}:\d{2})?\s*"
)
# an agency story's last words: its editor, then the day in the Republic's years run together
# (`…商品券。(編輯:黃國倫)1080912`: 2019-09-12)
_EDITOR_THEN_DAY: Final = rx.compile(
    r"[(（]\s*[编編][辑輯]\s*[:：][^()（）\n]{1,12}[)）]\s*"
    r"(?P<y>1[01]\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\s*$"
)
# (or with no editor, glued to the last sentence, its day the one the dateline opening the story
# gives: `(中央社台北28日電)…會在高鐵左營站接人。990428`: 2010-04-28)
_SENTENCE_THEN_DAY: Final = rx.compile(
    r"[。!！」”]\s*(?P<y>1[01]\d|[89]\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\s*$"
)
_AGENCY_DATELINE_DAY: Final = rx.compile(
    r"\s*[(（]中央社[^()（）\n]{0,12}?(?P<d>\d{1,2})日[電电][)）]"
)
# a stamp the source names right after, in any line: `陈里予 2021-4-04 来源:新闻晨报`
# (or its paper named in book-title marks: `• 2015-11-08   《柳州日报》   记者 练冰`)
# (or its outlet in square brackets after its clock or day: `2020年2月1日 14:37 【Now新聞台】`,
# `i-Cable 2022年07月01日 【有線新聞】`; a bar between: `2020年07月27日09:18 | 来源:人民网`)
_STAMP_THEN_SOURCE: Final = rx.compile(
    _STAMP.pattern
    + r"(?:\s*[|｜]?\s*(?:(?:来源|稿源)\s*[:：]|《[^》]{2,12}》)|(?<=[\d日])\s*【[^】]{2,12}】)"
)
# the source, then the stamp, in a page printed without line breaks (`…太极拳 来源:冀时
# 时间:2025-03-23 3月21日是…`)
SOURCE_THEN_TIME: Final = r"来源\s*[:：]\s*[^\s:：]{1,12}\s*(?:发布)?时间\s*[:：]\s*"
_SOURCE_OPENS: Final = rx.compile(r"\s*(?:信息)?来源\s*[:：]")
_SOURCE_THEN_STAMP: Final = rx.compile(
    SOURCE_THEN_TIME + r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
)
# a programme's numbered episode and its day (`第735期:2021年2月5日江门市…作客民生热线`)
EPISODE_LABEL: Final = r"第\d{1,5}期\s*[:：]\s*"
_EPISODE: Final = rx.compile(
    rf"\s*{EPISODE_LABEL}(?P<y>(?:19|20)\d{{2}})年(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日"
)
# a notice's number, and its day on the next line (Macao's transport bureau)
_NOTICE_NUMBER: Final = rx.compile(r"\s*通[告知]\s*[編编][號号]\s*[:：]")
_NOTICE_DAY: Final = rx.compile(
    r"\s*日?\s*期\s*[:：]\s*(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\s*"
)
_DAY_FIRST_STAMP: Final = rx.compile(
    r"(?P<d>\d{1,2})(?P<s>[./-])(?P<m>\d{1,2})(?P=s)(?P<y>(?:19|20)\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
)
# a machine time stamp, in any line: `上海发布 2025-03-03 17:00:00`, `06-25 06:13:27来源:…`
# (never a happening: events.py drops such mentions)
# (the year parted by a space too: `2024 03/13 18:46:07`, and the day as copied: `2023 04/ 24
# 12:08:32`)
SECONDS_STAMP: Final = rx.compile(
    r"(?:(?P<y>(?:19|20)\d{2})(?:[-/.]|[ \t]))?"
    r"(?P<m>\d{1,2})[-/.] ?(?P<d>\d{1,2})\s*\d{1,2}:\d{2}:\d{2}"
)
# a notice's signature date, alone on its line under the issuer (`长武县公安局交通警察大队` /
# `2025年4月15日`): the day it was issued, when the page states no other
_SIGNED_YEAR: Final = r"(?:19|20)\d{2}|[一二][〇零○O0一二三四五六七八九]{3}"
_SIGNED_MONTH: Final = r"\d{1,2}|[一二三四五六七八九十]{1,2}"
_SIGNED_ON: Final = rx.compile(
    rf"(?P<y>{_SIGNED_YEAR})\s*年\s*"
    rf"(?P<m>{_SIGNED_MONTH})\s*月\s*(?P<d>\d{{1,2}}|[一二三四五六七八九十廿卅]{{1,3}})\s*日"
    r"(?:\s*[(（](?:星期|周|週)[一二三四五六日天][)）])?"
)  # (also in Chinese numerals: `二0一一年五月十六日`; with its weekday: a press release's
# `2019年10月10日(星期四)` over `香港時間20時45分`)
# (numeric too: `成都科奥达物业管理有限责任公司` / `动力运行部` / `2016-8-16`)
_SIGNED_ON_NUMERIC: Final = rx.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.]\s*(?P<m>1[0-2]|0?[1-9])\s*[-/.]\s*(?P<d>3[01]|[12]\d|0?[1-9])"
)
# a schedule's hours under its day (`2023年6月8日` / `上午:07:30-11:15`)
HOURS_LINE: Final = rx.compile(
    r"\s*(?:上午|下午|中午|晚上|早上|全天)?\s*[:：]?\s*\d{1,2}[:：]\d{2}"
)
# what a notice attaches, titled on the line under its signature (`…活动方案`, `…拟命名名单(40个)`,
# `附件:…`)
_ATTACHMENT: Final = rx.compile(
    r"(?:方案|名单|清单|细则|办法|目录|一览表)\s*(?:[(（]\d+\s*[个项家所名]?[)）])?$|^附件"
)
# the issuer and the date ending the notice's last paragraph (`…以便联系。 2021年9月29日`,
# `平远县公路事务中心 2021年4月22日`; run together in a page printed as one line, its full
# stop after it: `…联系电话:028-82766571成都市温江区文化体育和旅游局2023年5月4日。`; or the
# notice's own title in brackets: `【…暂停服务通知】2023年12月15日`)
_SIGNED_AFTER: Final = rx.compile(
    r"(?:[。!！]\s+|[局委会心府室办队部处院所站司道厅馆]\s*|^【[^【】]{4,40}】\s*)(?:"
    + _SIGNED_ON.pattern
    + r")\s*[。.]?\s*$"
)
# (or dotted: `…开放时间不变。 图书馆 2013.3.28`)
_SIGNED_AFTER_DOTTED: Final = rx.compile(
    r"(?:[。!！]\s+|[局委会心府室办队部处院所站司道厅馆]\s*)"
    r"(?P<y>(?:19|20)\d{2})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})\s*[。.]?\s*$"
)
# a notice signed in a month only, under its issuer (`宁乡市人民政府` / `2019年6月`): no day
_SIGNED_IN_MONTH: Final = rx.compile(rf"(?:{_SIGNED_YEAR})\s*年\s*(?:{_SIGNED_MONTH})\s*月")
# a contributor's byline in brackets closing the text, its day last
# (`(东山街道社区教育中心 杨南南 2021年7月11日)`)
_BYLINE_DATED: Final = rx.compile(
    r"[(（][^()（）\d]{2,30}?\s*(?:" + _SIGNED_ON.pattern + r")\s*[)）]"
)
# how far down a government site's record of a notice may run (`索引号` / … / `生成日期`)
_RECORD_LINES: Final = 40
# (its colon left out too: `来信日期 2022-07-18` … `回复日期 2022-07-27`)
_LETTER_DATE: Final = r"(?:时间|日期)\s*[:：]?\s*" + _YMD
# a letters page (`来信时间: 2020/01/09 13:41` … `办理时间: 2020/01/13 15:35`): the page is
# published with its reply
_LETTER_SENT: Final = rx.compile(r"(?:来信|留言|提问|咨询|信件|写信)" + _LETTER_DATE)
_REPLIED: Final = rx.compile(r"(?:回复|答复|办复|办理|反馈|处理)" + _LETTER_DATE)
_SIGNATURE_LINES: Final = (
    12  # how far from the end a signature date may stand (attachments, credits)
)
_BULLETS: Final = " \t•·*-"  # a page's list marks before a stamp (`• 2018-09-16`)
# the words of a byline beside a `时间:` line (`来源:城东社区`, `来自: 时间:…`, `作者: 佚名`,
# `阅读人数:`), or a portal's record under it (`索引号`, `发布单位`)
_BYLINE: Final = rx.compile(
    r"索引号|发布单位|发布机构|来源|来自\s*[:：]|作者\s*[:：]|编辑\s*[:：]|发布者\s*[:：]|浏览|点击|人气|字号|次查看"
    r"|阅读(?:人数|次数|量|数)?\s*[:：]"
)
# a date that opens a range (`征文时间:2024年9月21日至2024年10月7日`): a notice's field
# a field label of a government portal's record, alone on its line (`索引号`, `发布单位`)
_RECORD_FIELD: Final = rx.compile(r"\s*(?:索引号|发布单位|发布机构|组配分类|组配|主题分类|文号)\s*")
# an item of a site's menu, alone on its line (`  • 时政`, `首页English`, `更多>>`)
# (or a button's or separator's lone mark: `|`, `⁺`)
_MENU_ITEM: Final = rx.compile(r"\s*(?:[•·*]\s*\S{1,6}|首页\S{0,8}|更多\s*>+|[^\w\s])\s*")
# a digital-paper reader's masthead, and the day of the story it shows (`日期:01-30`)
_READER: Final = "电子报阅读机"
_READER_DAY: Final = rx.compile(r"日期\s*[:：]\s*(?P<m>\d{1,2})-(?P<d>\d{1,2})")
# a year-less day noted with its lunar date (`2月24日(正月十五)`, `2月10日—25日(正月初一至十六)`)
_LUNAR_NOTED_DAY: Final = rx.compile(
    r"(?<![\d年])(?P<m>\d{1,2})月(?P<d>\d{1,2})日[^(（]{0,4}[(（](?:农历)?"
    r"(?P<lm>正|冬|腊|[一二三四五六七八九十]{1,2})月(?P<ld>初?[一二三四五六七八九十廿]{1,3})"
)
# a year-less day said to be a lunar festival (`9月21日是传统中秋佳节`, `6月22日(端午节)`)
_FESTIVAL_NOTED_DAY: Final = rx.compile(
    r"(?<![\d年])(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*(?:是|为|即|[(（])[^,，。()（）]{0,6}?"
    r"(?P<f>中秋|端午|元宵|七夕|重阳)"
)
_LUNAR_YEARS_BACK: Final = 10  # (a lunar day falls on one solar day once in about 19 years)
# a source's name, its machine's stamp and the page's view count, alone on a line
# (`武汉通2025-04-13  83`)
_SOURCE_STAMP_COUNT: Final = rx.compile(
    r"[\u4e00-\u9fff]{2,10}\s*(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?:\s+\d{1,7})?"
)
# a feed's source after a numeric stamp, in Latin letters, or the stamp's trailing comma
_LATIN_SOURCE: Final = rx.compile(r"[,，]|[A-Z][A-Za-z]{2,20}(?:\s[A-Z][A-Za-z]{1,20})?")
# a digest's greeting that names its day (`今天是2024年9月4日,星期三,`, a morning brief)
_TODAY_IS: Final = rx.compile(
    r"今天是\s*(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*[,，]?\s*"
    r"(?:星期[一二三四五六日天])?\s*[,，。]?"
)
# a photo story's place and day alone on its first line (`北京,2010年2月17日`, Xinhua's)
_CITY_THEN_DAY: Final = rx.compile(
    r"[\u4e00-\u9fff]{2,4}\s*[,，]\s*(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
)
# a day then the paper's name, alone on a line (`2023年4月4日重庆手机报`, `2014年05月16日 星期五
# 新京报`), or its column and section (`2023年1月19日 时事脉搏 港闻`)
_DATED_MASTHEAD: Final = rx.compile(
    r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*(?:星期[一二三四五六日天]\s*)?"
    # (a paper's name, not a report: `发布预报`, `情况通报`)
    r"(?:[\u4e00-\u9fff]{1,7}(?<![预公通简汇举申情海警捷喜电画])报"
    # (or its column and section, each a short word: `2023年1月19日 时事脉搏 港闻`)
    r"|[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){1,2})"
)
_RANGE_ON: Final = rx.compile(r"\s*(?:至|到|—|–|-|~|～)")
# a dash or a bullet between a stamp and the name after it (`2023.01.20 - 旅遊局`, `2021-04-27•
# 僑陸公告`; not a range's `- 2月3日`)
_DASH_BEFORE_NAME: Final = rx.compile(r"^[-–—•·]\s*(?=[\u4e00-\u9fff])")
# a forum post's last edit (`本帖最后由 某某 于 2016-2-23 14:31 编辑`)
_EDITED_BY: Final = rx.compile(r"\s*本帖最后由\s*\S{1,20}\s*于\s*[\d\s\-/:年月日]{6,24}编辑")
_CLAUSE_PUNCT: Final = rx.compile(r"[。，,；;！!？?、]")
_META: Final = rx.compile(
    r"^[•·*\s]*(?:发布(?:时间|日期|机构)|发稿时间|更新时间|(?:信息|稿件|文章)?来源|作者|"
    r"(?:责任|初审|复审|终审|值班|执行|网络|本版)?编辑|校对|美编|审核|终审|字号|原标题|"
    # a government notice's record (`索引号: 20230618-211547-864`, `废止时间: 2020-01-23`)
    r"索引号|(?:主题|组配|体裁|信息)分类|发文(?:机构|字号|日期)|文号|(?:成文|生效|废止)(?:日期|时间)|"
    r"(?:实施|施行)日期|公布(?:日期|年份)|有效性|时效性|效力(?:位阶|级别)|公开(?:方式|范围|时限)|"
    # a site's breadcrumb (`您现在的位置:首页 > 新闻`, `您当前所在的位置:`)
    r"(?:您|现在|当前|所在|的){0,4}位置|"
    r"浏览(?:次数|量)?|点击(?:数|量)?|阅读(?:数|量)?|分享到?|打印|关闭窗口|关键[词字]|标签|今天是|"
    r"上一篇|下一篇|上一条|下一条|上一[则則]|下一[则則])\s*[:：]"
)
# a line of a site's buttons (`3 上一篇 下一篇 4 放大 缩小 默认`, `• 【PDF版】`)
_NAV_WORDS: Final = (
    "上一篇|下一篇|上一版|下一版|前一版|后一版|上一期|下一期|放大|缩小|默认|打印|关闭|返回顶部|"
    "返回主页|返回|【PDF版】|PDF版|收藏|推荐|朗读|评论|分享|更多功能|版面导航|标题导航|扩展|收缩|"
    "上版|下版|版面概览|版面大图|往期回顾|返回列表|搜索|出版|昨天|明天"
)
# (a button in brackets or not: `【打印】`)
_NAVIGATION: Final = rx.compile(rf"[\s•·|\d]*(?:[【\[]?(?:{_NAV_WORDS})[】\]]?[\s•·|\d]*)+")
_SENTENCE_MARKS: Final = rx.compile(r"[。;；!?！？:：]")
# the heading of a list of links to other articles (`相关链接:`, `【相关新闻】`, `推荐阅读`)
_RELATED: Final = rx.compile(
    r"[【\[]?(?:相关|延伸|推荐|热点|热门|更多)(?:链接|新闻|阅读|报道|文章|推荐)[】\]]?\s*[:：]?\s*"
)
# a digital paper's page and section before its buttons (`A02版 2025年02月02日 新闻 扩展 收缩`)
_PAGE_SECTION: Final = rx.compile(
    r"^\s*[A-Z]?\d{1,3}版(?:[:：][\u4e00-\u9fff\d]{1,6})?\s+(?:[\u4e00-\u9fff]{2,4}\s+)?"
)
_SERIAL_NUMBER: Final = rx.compile(r"国内统一刊号|\bCN\s?\d{2}-\d{4}")
_QUOTED_NAME: Final = rx.compile(r"“[^“”]{1,30}”")
_TOP_LINES: Final = 12  # (how far down a web page's headline may stand)
# a breadcrumb without its label (`网易首页 > 网易号 > 正文`)
_CRUMBS: Final = rx.compile(r"[^。，,；;]{0,8}首页\s*(?:[>＞»›]|>>)")
_MARKER: Final = rx.compile(r"\((?:上接|下转|接|转)(?:第)?\s*[A-Z]?\d{1,3}\s*版\)|\(转\d+版\)")
_CONTINUED_FROM: Final = rx.compile(r"^\((?:上接|接)")
# A dateline opening a story: 本报讯(记者 X) / 本报杭州11月19日讯 / 新华社北京7月7日电(记者 X) /
# 红网长沙12月13日讯 / 东方早报4月30日报道.
# `据新华社…电` quotes an agency; `中评社厦门6月18日电` is an agency too; `9月2日讯(记者…)`
# is a dateline whose paper is the page's own; `福建大田9月15日电 (记者…)` one whose agency the
# reprint left out (a place, a date, 电 and the reporters).
# (a site's channel after its name: `贵阳网·甲秀新闻讯`; its site after a paper's name:
# `星沙时报/星沙新闻网8月25日讯`; a site and its local site or app: `浙江在线-临海新闻网1月20日讯`,
# `华龙网-新重庆客户端2月19日6时30分讯`, the hour it was filed after the day; a group's name
# before its paper's: `武晚传媒·武汉晚报2月22日讯`)
DATELINE: Final = rx.compile(
    # (a paper's box mark or a dash before it: `□快报讯(记者都怡文)…`, `-鲁中晨报11月8日讯`)
    r"^(?:[□■]|[-—－•]\s?)?据?(?:(?:本报|新华社|中新社|人民网|新华网|央视网|中新网|光明网|中国新闻网|"
    r"(?:[\u4e00-\u9fff]{2,6}[-—·])?[\u4e00-\u9fff]{1,6}"
    r"(?:日报|晚报|时报|报社|新闻网|融媒体中心|融媒|电视台|信息港|在线|客户端|频道|报|网|台|社))"
    # (its day in words too: `中新社海口十二月三十一日电`)
    r"[\u4e00-\u9fff·/]{0,8}?(?P<date>(?:\d{4}年)?(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月"
    r"(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?)日)?"
    r"(?:\d{1,2}时(?:\d{1,2}分)?)?"
    # (`华声在线9月22日发布消息`; not the 电 of an app's name: `齐鲁网·闪电新闻1月8日讯`)
    r"(?:讯|专电|电(?!新闻|视|台)|(?:发布)?消息[:：]?)"
    r"|(?P<bare>(?:\d{4}年)?\d{1,2}月\d{1,2}日)(?:讯|电)(?=[\s(])"
    # a day's report after the name of its site (`文明风3月5日讯 为弘扬…`; or a bar after the
    # day: `格隆汇9月19日|国务院新闻办公室今天举行…`)
    r"|[\u4e00-\u9fff]{2,6}?(?P<sited>\d{1,2}月\d{1,2}日)(?:讯|[|丨])"
    # a place's news, then its reporters (`大鹏讯(通讯员骆文博 马少君)`)
    # (`又讯(记者…)`; the photographer first: `本港讯 (何昌华记者李丽娟摄影报道)`)
    r"|[\u4e00-\u9fff]{1,6}讯(?=\s*[(（](?:本报)?(?:[\u4e00-\u9fff]{2,4})?(?:记者|通讯员|特约))"
    # (or the day's news right after it: `北京4月22日电4月23日至4月29日是…`)
    r"|[\u4e00-\u9fff]{2,8}?(?P<placed>\d{1,2}月\d{1,2}日)电(?=\s*\(|\d{1,2}月)"
    # a paper's report of a day (`东方早报4月30日报道 明天,…`)
    r"|[\u4e00-\u9fff]{1,6}报(?P<reported>\d{1,2}月\d{1,2}日)报道(?![了称的])"
    # the site, its reporter, then the day (`成都全搜索新闻网(记者宋雅婷)10月22日报道`)
    r"|[\u4e00-\u9fff]{2,10}(?:网|报|台|在线|客户端)\s*[(（][^()（）]{2,20}[)）]\s*"
    r"(?P<credited>\d{1,2}月\d{1,2}日)(?:讯|电|报道(?![了称的]))"
    # any outlet's report in square brackets (`【大纪元2011年03月26日讯】`, `【文汇网讯】`)
    r"|【[\u4e00-\u9fff]{2,8}?(?P<bracketed>(?:\d{4}年)?\d{1,2}月\d{1,2}日)?(?:讯|电|报导|报道)】"
    # (or its reporter's, the day of this month only: `【本報駐澳門記者陸展鵬30日電】`)
    r"|【[\u4e00-\u9fff]{2,14}?记者[\u4e00-\u9fff]{2,4}(?P<reporter>\d{1,2}日)(?:讯|电|报导|报道)】"
    # (a paper and its day alone in them: `【无锡日报5月15日】昨天,…`)
    r"|【[\u4e00-\u9fff]{1,8}(?:报|网|台|社)(?P<boxed>(?:\d{4}年)?\d{1,2}月\d{1,2}日)】"
    # an agency's day of this month, in brackets or on its own line (`(中央社记者吴柏纬台北11日
    # 电)`, `中央社/ 台北22日电`)
    r"|[(（]?中央社(?:记者|記者)?[/／]?\s*[\u4e00-\u9fff·]{0,10}?(?P<agency>\d{1,2}日)[电電][)）]?)"
    r"(?:\s*\([^()]{0,40}\))?\s*"
)
# a byline opening a story without a dateline (`记者杨炎 通讯员阮俊芳 以“…”为主题的…`): names,
# each followed by a space
_BYLINE_LEAD: Final = rx.compile(
    r"\s*(?:(?:本报|特约)?(?:记者|通讯员|实习生)\s?[\u4e00-\u9fff·]{2,4}\s+){1,4}(?=\S)"
)
# a paper's reporter reporting, opening the story with no date (`山西日报记者曹秀娟报道:`)
# (and its media desk, its interns: `江西日报全媒体记者曾悦之 实习生陈雅琳报道:`)
_REPORTED_BY: Final = rx.compile(
    r"[\u4e00-\u9fff]{2,8}报(?:全媒体|融媒体)?(?:记者|通讯员)[\u4e00-\u9fff·]{2,4}"
    r"(?:\s*(?:、|实习生|通讯员)[\u4e00-\u9fff·]{2,4})*报道\s*[:：]"
)
_BYLINE_OPENINGS: Final = ("记者", "通讯员", "实习生", "本报记者", "特约记者", " ", "\u3000")
_SPACES: Final = rx.compile(r"\s+")
# (the regex above reads at most 30 characters before its 讯 or 电)
_DATELINE_REACH: Final = 31


def dateline_at(text: str) -> re.Match[str] | None:
    """Return the dateline opening ``text``, or None. Most lines hold neither 讯 nor 电 near their
    start, and two substring tests are cheaper than trying the regex."""
    head = text[:_DATELINE_REACH]
    return (
        DATELINE.match(text)
        if "讯" in head
        or "电" in head
        or "消息" in head
        or "报道" in head
        or "電" in head
        or "日】" in head
        or "日|" in head
        or "日丨" in head
        else None
    )


def dateline_words(m: re.Match[str]) -> str | None:
    """Return the date words of a DATELINE match (`11月19日`), or None when it states none."""
    return (
        m["date"]
        or m["bare"]
        or m["sited"]
        or m["placed"]
        or m["reported"]
        or m["credited"]
        or m["bracketed"]
        or m["reporter"]
        or m["boxed"]
        or m["agency"]
    )


_SENTENCE_END: Final = "。!?！？…;；"
_CLOSERS: Final = "”’\"')）】」』"
_TITLE_BREAKERS: Final = rx.compile(r"[。,，;；!?！？:：]")
# what goes on a clause a line before, never a headline's first words
_GOES_ON_WORDS: Final = ("将于", "将在", "将从", "将自", "定于", "并于", "还将", "也将", "届时")
# the marks of a list's items, never a headline's first character (`• 展期延长至5月29日`)
_BULLET_MARKS: Final = frozenset("•-*")
# `时间：`, `活动地点：` … a labelled field of a notice starts its own line.
# Item numbering: `一、`, `1.`, `(1)`, `(一)`, `❶` (also what the reader makes of `①`, `⒈`).
NUMBERING: Final = (
    # (`2.4月28日,百姓大舞台`: the item's number before a date, no decimal)
    r"(?:[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[.、)](?:(?!\d)|(?=\d{1,2}月\d))|\(\d{1,2}\)"
    r"|\([一二三四五六七八九十]{1,3}\)|[❶-❿])"
)
# `时间：`, `活动地点：`, `二、报名时间：` … a labelled field of a notice starts its own line.
# (`开放时间为:` is the field `开放时间`)
FIELD: Final = rx.compile(
    rf"^\s*{NUMBERING}?\s*(?P<label>[\u4e00-\u9fff]{{1,8}}?)(?:(?<=时间|日期|地点|时段)[为是])?"
    r"\s*[:：]\s*"
)
LIST_ITEM: Final = rx.compile(rf"^\s*{NUMBERING}")
# the symbols that mark a list's items instead of numbers (`★…访谈活动`, `●…`)
ITEM_SYMBOLS: Final = "★☆●◆■▲"
# the characters NUMBERING can open with, besides a digit (\d: str.isdecimal)
_NUMBERING_OPENERS: Final = "一二三四五六七八九十(" + "".join(map(chr, range(0x2776, 0x2780)))
_NUMBERING_FIRST: Final = frozenset(_NUMBERING_OPENERS)


def numbering_may_open(text: str) -> bool:
    """False when NUMBERING cannot match at the start of ``text`` (most lines and paragraphs):
    one character test instead of trying the regex."""
    first = text[:1]
    return first in _NUMBERING_FIRST or first.isdecimal()


def list_item(text: str) -> re.Match[str] | None:
    """LIST_ITEM.match(text), tried only where it can match."""
    first = text[:1]
    if first.isspace() or numbering_may_open(first):
        return LIST_ITEM.match(text)
    return None


# spaces between Chinese characters (blanked pinyin: `發(fā)布時(shí)間`)
_CJK_GAP: Final = rx.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
# a labelled date written day first (`刊登日期: 25/09/2020`; `日期 : 29-05-2025`, as Macao has it)
_LABELLED_DAY_FIRST: Final = rx.compile(
    r"(?P<label>(?:日期|时间)\s*[:：]\s*)(?P<d>3[01]|[12]\d|0?[1-9])(?P<s>[-/.])(?P<m>1[0-2]|0?[1-9])"
    r"(?P=s)(?P<y>(?:19|20)\d{2})(?!\d)"
)
# an English date after a label (`发布时间:Sep 9, 2023`), read as `2023-09-09`
# (or as Java prints a date, its clock and zone before the year: `Tue Dec 03 08:54:40 GMT+08:00
# 2019`, `… CST 2019`)
LATIN_DATE: Final = rx.compile(
    r"\b(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?"
    r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2})"
    r"(?:st|nd|rd|th)?,?\s+"  # (`November 12th, 2024`)
    r"(?:\d{1,2}:\d{2}:\d{2}\s+(?:GMT[+-]\d{2}:?\d{2}|[A-Z]{3,4})\s+)?(?P<y>(?:19|20)\d{2})(?!\d)"
)
# a paper's name, its issue's day, compact or not, and the page (`姑苏晚报 20160719 A第02版`)
_PAPER_DAY_PAGE: Final = rx.compile(
    r"\s*[\u4e00-\u9fff]{2,8}报\s+(?P<y>(?:19|20)\d{2})[-/.]?(?P<m>[01]\d)[-/.]?(?P<d>[0-3]\d)"
    r"\s+[A-Z]?\s*第?\s*\d{1,3}\s*版"
)
# a forum post's stamp, the poster's place between (`发表于 湖北省孝感市 2013-2-20 14:07:19`):
# read as `发表时间:`
_POSTED_AT: Final = rx.compile(r"发[表布]于\s*(?:[\u4e00-\u9fff]{2,12}?\s*)?(?=(?:19|20)\d\d)")
_SHORT_YEAR: Final = rx.compile(
    # (or after an update label: `来源: 最后更新:23-09-26 08:56:30`)
    r"\s*(?:[\u4e00-\u9fff]{2,10}\s+|来源[:：]\s*(?:最后)?更新[:：]\s*)?"
    r"(?P<y>[0-3]\d)-[01]\d-[0-3]\d\s+\d{1,2}:\d{2}"
)
_MONTHS: Final = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_US_STAMP: Final = rx.compile(
    r"(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)\d{2})"
    r"(?=\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M)"
)
# a blog's day in English, its weekday first (`Thursday 14 July 2022`)
# (or without it, the month cut short: `10 Jul 2024`)
_BLOG_DAY: Final = rx.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<d>\d{1,2})\s+"
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?P<y>(?:19|20)\d{2})"
)
_DASHED_LATIN_MONTH: Final = rx.compile(
    r"(?P<y>(?:19|20)\d{2})-(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(?P<d>\d{1,2})(?!\d)"
)
# a column's name before its date opening a page (`简讯 2020年04月23日`)
_COLUMN_NAME: Final = rx.compile(r"\s*[\u4e00-\u9fff]{2,4}\s+")
# an image's name ending a line (`微信图片_2025-07-20_145943_179.png`): a line of its own
_FILE_NAME_END: Final = rx.compile(r"\.(?:png|jpe?g|gif|bmp|webp)$", re.I)
# a weekday note's bracket left open at the end of a line (`1月22日(星期`)
_WEEKDAY_OPEN: Final = rx.compile(r"[(（](?:星期|礼拜|周)$")
_LINE_INITIAL_NEVER: Final = ",，。.、;；:：!！?？”’)）】》」』"
# a list item's bullet and its space (`- 医药高新区…2025-05-29`)
_BULLETED: Final = ("- ", "• ", "· ", "-\u3000")
_DATE_CONTINUED: Final = rx.compile(r"^(?:\d+\s*)?[日号月年时点分]|^\d")
_UNIT_NEXT: Final = rx.compile(r"^\d+\s*[日号月]")
_MONTH_OPENS: Final = rx.compile(r"(?P<m>\d{1,2})\s*月")
_ENDING_DIGITS: Final = rx.compile(r"\d{1,2}$")
# a table's row as text converted from HTML prints it: cells between `|` (two at least)
_TABLE_ROW: Final = rx.compile(r"[^|]\s*\|\s*[^|\s][^|]*\|")
# a line opening with its date: a dated list's row, not a headline (`4月29日 开幕式`,
# `1 9月5日 14:30 …` numbered, `2月上旬 义写春联`, `1月~2月 义务写春联`, `2014年12月30日 …`)
_LEADING_DATE: Final = rx.compile(
    r"^(?:\d{1,3}\s+)?(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*"
    r"(?:\d{1,2}\s*[日号]|[上中下]旬|[~～\-—至]\s*\d{1,2}\s*月|\s)"
)
_ITEM_FIRST: Final = "0123456789" + _NUMBERING_OPENERS
_CLOCK_ENDS: Final = rx.compile(r"(?<!\d)\d{1,2}[:：]\d{2}$")
# The classes of a line's first and last characters, tested on every line of a page, as flags
# by character code (a table lookup; a test of the character in a string first copies it out).
_NEVER_FIRST: Final = 1  # typesetting never starts a line with it
_ENDS_LINE: Final = 2  # a line ending with it ends a sentence or a field's label
_ITEM_OPENER: Final = 4  # a numbered item may open with it
_WEEKDAY_CUT: Final = 8  # a line ending with it may break a weekday's word (`(星期` / `一)`)
_WEEKDAY_NUMBER: Final = 16  # what follows 星期 or 周
_DATE_CUT: Final = 32  # a line ending with it may break a date (`4月14日至` / `24日`), or a digit
_NAV_LAST: Final = 64  # a line of a site's buttons (_NAVIGATION) may end with it
_BULLET: Final = 128  # a list item's bullet, before its space (_BULLETED)
_LINE_CHARS: Final = bytes(
    flag_table(
        (_NEVER_FIRST, _LINE_INITIAL_NEVER),
        (_ENDS_LINE, _SENTENCE_END + ":："),
        (_ITEM_OPENER, _ITEM_FIRST),
        (_WEEKDAY_CUT, "期拜周"),
        (_WEEKDAY_NUMBER, "一二三四五六日天"),
        (_DATE_CUT, "至到—-~年月:："),
        (_NAV_LAST, "".join(w[-1] for w in _NAV_WORDS.split("|")) + "•·|"),
        (_NAV_LAST, decimal_digits() + whitespace()),
        (_BULLET, "".join(b[0] for b in _BULLETED)),
    )
)


def _char_is(text: str, i: int, flag: int) -> bool:
    """True when ``text[i]`` is of the class ``flag`` of _LINE_CHARS."""
    c = ord(text[i])
    return c < BMP and bool(_LINE_CHARS[c] & flag)


def _may_be_navigation(text: str) -> bool:
    """False when text cannot be a line of buttons (_NAVIGATION) by its last character: a
    table lookup spares the regex call on almost every line of a page."""
    c = ord(text[-1])
    return c >= BMP or bool(_LINE_CHARS[c] & _NAV_LAST)


# (with its weekday: `2016年07月22星期五`)
_DATE_ONLY: Final = rx.compile(
    r"^[\d\s年月日号.\-/:：〇零一二三四五六七八九十]+(?:[(（]?(?:星期|周)[一二三四五六日天][)）]?)?\s*$"
)
# a byline on a line of its own (`□晚报记者   张丽丽`, `本报记者 王五 通讯员 赵六`,
# `贵州日报天眼新闻记者 周阳`): no headline
_BYLINE_LINE: Final = rx.compile(
    r"[□■◆●\s]*(?:[\u4e00-\u9fff]{0,10}?(?:本报|晚报|日报|新闻|特约|见习|实习))?(?:记者|通讯员)"
    r"\s*[\u4e00-\u9fff·]{2,4}(?:\s|$)"
)
# a paper's masthead on a line of its own (`天中晚报数字报`): no headline
_MASTHEAD: Final = rx.compile(
    r"[\u4e00-\u9fff]{2,8}(?:日报|晚报|早报|时报|都市报|商报)(?:数字报|电子报|电子版|数字版)?"
)


@dataclass(slots=True, init=False)
class Line:
    start: int  # source offsets of the stripped line
    end: int
    text: str  # NFKC text of the stripped line
    width: float
    kind: str  # header | meta | marker | title | body
    wrapped: bool  # the line before is hard-wrapped into this one
    run: int  # title lines that stand together share a run number

    # Written out: a page has ~200 lines, and in the compiled build (mypyc) the __init__ that
    # dataclass generates runs interpreted, at about four times the cost of this one.
    def __init__(self, start: int, end: int, text: str, width: float) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.width = width
        self.kind = "body"
        self.wrapped = False
        self.run = -1


@dataclass(slots=True, init=False)
class Story:
    """One article: its title, its clean text (paragraphs joined by "\\n") and source map."""

    title: str | None
    text: str
    source_map: SourceMap
    dateline: str | None = None  # the dateline's date text, e.g. "11月19日"
    dateline_end: int = 0  # end of the dateline in ``text`` (0 when none)
    # where it starts: after the lines of a headline the text opens with, else 0
    dateline_start: int = 0
    title_spans: tuple[tuple[int, int], ...] = ()
    paragraph_starts: tuple[int, ...] = ()

    # written out: compiled, the __init__ dataclass generates runs interpreted
    def __init__(
        self,
        title: str | None,
        text: str,
        source_map: SourceMap,
        dateline: str | None = None,
        dateline_end: int = 0,
        dateline_start: int = 0,
        title_spans: tuple[tuple[int, int], ...] = (),
        paragraph_starts: tuple[int, ...] = (),
    ) -> None:
        self.title = title
        self.text = text
        self.source_map = source_map
        self.dateline = dateline
        self.dateline_end = dateline_end
        self.dateline_start = dateline_start
        self.title_spans = title_spans
        self.paragraph_starts = paragraph_starts


@dataclass(slots=True)
class Layout:
    """The page as read: its header facts and its stories."""

    published: dt.date | None
    page: str | None
    section: str | None
    stories: list[Story] = field(default_factory=list)
    normalized: str = ""
    # the normalized text in the page's own characters when they were simplified for reading
    # (a traditional page), else empty; offsets as in ``normalized``
    written: str = ""


# ------------------------------------------------------------------------------ reading


def read_layout(source: str) -> Layout:
    """Return the layout of ``source`` (a page or one article); an empty layout for empty text."""
    # (the traditional characters counted in the NFKC pass: not ~45 scans of the page)
    # (unpacked: a compiled call with *args goes through the interpreter's generic call)
    written, traditional = nfkc_counting(source, COMMON_TRADITIONAL)
    norm = to_simplified(written, traditional)
    lines = _lines(norm, source)
    published, page, section = _header(lines, norm)
    if published:
        _mark_stamps(lines[:_TOP_LINES], published)
    page_width = _page_width(lines)
    blocks = _blocks(_classify(lines, page_width, norm))
    stories = _stories(blocks)
    return Layout(published, page, section, stories, norm, written if norm != written else "")


def markup_blanked(text: str) -> str:
    """Return ``text`` with the HTML markup a copied page left in it (`<p style="…"><span>`,
    `&nbsp;`) blanked: a tag that ends a block becomes a line break, the rest spaces (same
    length, offsets kept). Text with fewer than three tags is returned as it is."""
    if "<" not in text or len(_TAG.findall(text, 0, 4000)) < 3:
        return text

    def blank(m: re.Match[str]) -> str:
        n = len(m.group())
        return "\n" + " " * (n - 1) if m["block"] else " " * n

    return _ENTITY.sub(lambda m: " " * len(m.group()), _TAG.sub(blank, text))


# a date whose font lost its 年 and 月 in the PDF's text, spaces left in their place (`2026 1 1
# 日(周四)至 3 日`, `1 4 日(周日)`, `3 5 日正式上课`): read only on a page where such a date with
# its year has a weekday note that agrees (a spaced `1 2日` alone is as often a stray space in
# `12日`)
_GLYPHS_LOST_CHECKED: Final = rx.compile(
    r"(?<![\d年月./-])((?:19|20)\d\d) (1[0-2]|[1-9]) (3[01]|[12]\d|[1-9]) ?日\s?[(（]\s?(?:周|星期)"
    r"([一二三四五六日天])"
)
_GLYPHS_LOST: Final = rx.compile(
    r"(?<![\d年月./-])(?:((?:19|20)\d\d) )?(1[0-2]|[1-9]) (3[01]|[12]\d|[1-9])( ?日)"
)


def date_glyphs_restored(text: str) -> str:
    """Return ``text`` with the 年 and 月 a PDF's font lost put back in the spaces left for them
    (`2026 1 1 日(周四)` → `2026年1月1 日(周四)`, `3 5 日` → `3月5 日`; same length, offsets
    kept), on a page where one such date with its year has a weekday note that agrees; the
    text as it is elsewhere."""
    if not any(holds(text, note) for note in ("(周", "（周", "(星期", "（星期")):
        return text
    from .timex.tables import WEEKDAYS  # (lazy, as the grammar's package is)

    for m in _GLYPHS_LOST_CHECKED.finditer(text):
        try:
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            continue
        if day.weekday() == WEEKDAYS[m[4]]:
            break
    else:
        return text
    return _GLYPHS_LOST.sub(
        lambda m: (m[1] + "年" if m[1] else "") + m[2] + "月" + m[3] + m[4], text
    )


def outline_broken(text: str) -> str:
    """Return ``text`` with a notice's outline printed on one line (`…的通知 一、活动时间:… 二、
    活动地点:… 三、…`) put back one item a line: the spaces before each item that goes on the
    count from a `一、` earlier on its line become line breaks (same length, offsets kept)."""
    if not holds(text, "二、"):  # (most texts: one search in C, of its first character)
        return text
    out: list[str] | None = None
    for second in _ITEM_GAPS["二"].finditer(text):
        line_start = text.rfind("\n", 0, second.start()) + 1
        first = text.rfind("一、", line_start, second.start())
        if first < 0:
            continue
        # (the title or lead before the first item, when a space parts them, is a line too)
        lead = _ITEM_GAPS["一"].search(text, max(line_start, first - 8), first + 2)
        gaps = [lead, second] if lead else [second]
        line_end = text.find("\n", second.end()) % (len(text) + 1)  # (-1: the text's end)
        for number in _OUTLINE_NUMBERS[2:]:
            gap = _ITEM_GAPS[number].search(text, gaps[-1].end(), line_end)
            if gap is None:
                break
            gaps.append(gap)
        out = out or list(text)
        for gap in gaps:
            out[gap.start() : gap.end()] = "\n" * (gap.end() - gap.start())
    return text if out is None else "".join(out)


def _lines_and_starts(text: str) -> tuple[list[str], list[int]]:
    """Return the lines of ``text`` and where each starts (one more: where a next one would)."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    return lines, starts


def rows_of_cells(text: str) -> str:
    """Return ``text`` with a table copied one cell a line (`序号 |` / `赛事名称 |` / `时间 |` /
    `1 |` / `宣城市三级联赛 |` / `6-12月 |` …) put back one row a line: the line breaks inside
    each row become spaces (same length, offsets kept). Rows are counted by the header's cells
    and must each open with their number; anything else ends the table."""
    # (`|` alone first: a one-character search is far cheaper, and most pages hold none)
    if "|" not in text or " |\n" not in text and "\n|\n" not in text:
        return text
    lines, starts = _lines_and_starts(text)
    cells = [_CELL_LINE.fullmatch(line.strip()) is not None for line in lines]
    out = list(text)
    k = 0
    while k < len(lines):
        width = 0  # the header's cells: short names, one of them a date's
        while (
            k + width < len(lines)
            and cells[k + width]
            and _HEADER_CELL.fullmatch(lines[k + width].strip(" |"))
        ):
            width += 1
        header = [lines[j].strip(" |") for j in range(k, k + width)]
        if width < 2 or not any(_DATE_HEADER.search(h) for h in header):
            k += max(width, 1)
            continue
        row = k
        while (
            row + width <= len(lines)
            and all(cells[row : row + width])
            and (row == k or lines[row].strip(" |").isdigit())
        ):
            for j in range(row, row + width - 1):  # the breaks between the row's cells
                out[starts[j + 1] - 1] = " "
            row += width
        k = row if row > k + width else k + width
    return "".join(out)


def bare_cells(text: str) -> str:
    """Return ``text`` with a table copied one cell a line and no bars (`时  间` / `地  点` /
    `活动名称` / `组织单位` / `2月2日(正月初六)下午14:30` / `广场公园` / `“迎新春…”文艺演出` /
    …, blank lines between) put back one row a line with `|` between its cells, as a piped table
    reads (same length, offsets kept). The header's cells must name the columns (a date's and
    a name's among them); each row's date cell must hold a date, or a time under a day said
    before (`4月21日` / `9:30` / `兰马坪球场` / `开幕式` / `10:00` / …: the day a cell of its own
    before the header's columns, joined to its row); anything else ends the table."""
    if not _has_bare_date_header(text):
        return text  # (most pages hold no such header line)
    lines, starts = _lines_and_starts(text)
    # (a traditional page's header read simplified, as the rules are written: `報名日期`)
    labels = _lines_and_starts(to_simplified(text))[0]
    full = [k for k, line in enumerate(lines) if line.strip()]
    out: list[str] | None = None
    i = 0
    while i < len(full):
        width = 0
        while i + width < len(full) and _BARE_HEADER.fullmatch(
            "".join(labels[full[i + width]].split())
        ):
            width += 1
        header = ["".join(labels[full[j]].split()) for j in range(i, i + width)]
        dated = [c for c, h in enumerate(header) if _DATE_HEADER.search(h)]
        if width < 3 or not dated or not any(_NAME_HEAD_CELL.search(h) for h in header):
            i += max(width, 1)
            continue
        rows = [(i, width)]  # (first line, cells) of the header, then of each row
        row, day_said = i + width, False
        while row + width <= len(full):
            lead = int(_ROW_DAY_ALONE.fullmatch(lines[full[row]].strip()) is not None)
            cells = [lines[full[j]].strip() for j in range(row + lead, row + lead + width)]
            if len(cells) < width or not _bare_row(cells, dated[0], day_said or bool(lead)):
                break
            day_said = True
            rows.append((row, lead + width))
            row += lead + width
        if len(rows) < 3:  # (the header and at least two rows)
            i += width
            continue
        out = out or list(text)
        for first, count in rows:
            for j in range(first, first + count - 1):
                a = starts[full[j]] + len(lines[full[j]])  # (the break after a cell, then blanks)
                out[a] = "|"
                for k in range(a + 1, starts[full[j + 1]]):
                    out[k] = " "
        i = row
    return text if out is None else "".join(out)


def _closed_on(lines: list[Line]) -> dt.date | None:
    """Return the day a page's closing line gives (_CLOSING_DAYS: an official document's print
    line at its foot, `…政教处 2016年9月22日印发` over `(共印20份)`; a blog's byline; a digital
    paper's record), the line set apart as the page's; None when there is none."""
    for line in lines[-6:]:
        m = next((m for p in _CLOSING_DAYS if (m := p.search(line.text))), None)
        if m:
            line.kind = "meta"
            return _safe_date(m["y"], m["m"], m["d"])
    return None


def _bare_row(cells: list[str], dated: int, day_said: bool) -> bool:
    """True when ``cells`` read as one row of a bare table: short cells, none a sentence, a
    date in the date column (or, under a day said before, its hours: `10:00`, `全天`)."""
    return all(0 < len(c) <= 60 and "。" not in c for c in cells) and (
        _ROW_DATE.search(cells[dated]) is not None
        or day_said
        and _ROW_HOURS.match(cells[dated]) is not None
    )


# a rule drawn with dashes or stars under a heading or between stories (`-----------`)
_RULE_MARKS: Final = "-=*_—─━~"
_RULE_LINE: Final = rx.compile(r"[-=*_—─━~\s]{3,}")


def _lines(norm: str, source: str) -> list[Line]:
    """Return the non-blank lines of ``norm`` (NFKC of ``source``, same offsets), a rule drawn
    with dashes or stars marked as meta, with their printed width measured on the source: an
    ASCII character takes half a cell, a full-width one (also `,` before NFKC made it ASCII) a
    whole cell."""
    if "\r" in norm:  # same-length replacements keep offsets valid
        norm = norm.replace("\r\n", " \n").replace("\r", "\n")
    out: list[Line] = []
    append = out.append
    pos = 0
    for raw in norm.split("\n"):
        if raw:  # (half the lines of PDF text are blank)
            text = raw.strip()
            # (lengths, not first characters: a CJK character is a new string each time)
            lead = 0 if len(text) == len(raw) else len(raw) - len(raw.lstrip())
            if text.startswith("??"):
                # `??一、管制时间`: an indent of ideographic spaces a copy turned into `?`
                kept = text.lstrip("? ")
                lead += len(text) - len(kept)
                text = kept
            if text:
                start = pos + lead
                n = len(text)
                printed = source[start : start + n]
                # (pinyin blanked after characters, `時(shí)`, takes no cell)
                pairs = zip(text, printed, strict=False) if "(" in printed else ()
                blanked = sum(1 for a, b in pairs if a == " " != b)
                # (a lone surrogate, `surrogateescape`'s for an undecodable byte, counts too)
                wide = len(printed.encode("utf-8", "surrogatepass")) - n
                width = (n - blanked + wide // 2) / 2
                append(Line(start, start + n, text, width))
                if text[0] in _RULE_MARKS and _RULE_LINE.fullmatch(text):
                    out[-1].kind = "meta"  # (a rule: no text, no headline)
        pos += len(raw) + 1
    return out


def _header(lines: list[Line], norm: str) -> tuple[dt.date | None, str | None, str | None]:
    dated = _DATE_WORD.match(lines[0].text) if lines else None
    if dated:  # `date 2025-09-19下個月彰化將辦…`: the page's date; the rest of its line is text
        lines[:1] = _split_off(lines[0], dated.end())
        return _safe_date(dated["y"], dated["m"], dated["d"]), None, None
    digest = _digest_day(lines[:_TOP_LINES]) or _read_in_a_reader(lines)
    if digest:
        return digest, None, None
    for line in lines[:_TOP_LINES]:
        if _YEARLESS_MASTHEAD.fullmatch(line.text):
            line.kind = "meta"  # (its year: dateline_day)
    issued = _issue_record(lines, norm)
    candidates = lines[:4] + lines[-3:] if len(lines) > 7 else lines
    headers = []
    for line in candidates:
        if _squeezed_len(line.text) > 80:
            continue  # (a header is short once its column padding is squeezed)
        m = _HEADER.search(line.text) or _PAGE_LINE.match(line.text)
        if m and (_HEADER_HINT.search(line.text) or m.group("page")):
            day = _safe_date(m.group("y"), m.group("m"), m.group("d"))
            if day:
                page = m["page"] or m.groupdict().get("page2") or m.groupdict().get("page3")
                headers.append((line, day, page, m.group("section")))
    if headers:
        # (a header naming its page wins: `第5版:上海新闻 2020-09-15` under a digital paper's
        # `2024年07月23日 星期二`, the reader's day)
        line, day, page, section = min(headers, key=lambda h: h[2] is None)
        own = None if page else _own_stamp(lines[:_TOP_LINES], day)
        if own is not None:
            return own, None, None
        line.kind = "header"
        _mark_running_headers(lines, day)
        return day, page, section
    foot = [ln for ln in lines[-3:] if ln.text.strip()]
    if len(foot) >= 2 and _RELEASE_CLOCK.fullmatch(foot[-1].text):
        # a Hong Kong government press release's foot: `2016年11月4日(星期五)` / `香港時間18時19分`
        # (its day alone on its line, or glued to the release's last sentence:
        # `查詢請致電…。2015年3月24日(星期二)`, the sentence then staying text)
        day_line = foot[-2].text
        m = _RELEASE_DAY.search(day_line)
        if (
            m
            and m.end() == len(day_line)
            and (not m.start() or day_line[: m.start()].endswith("。"))
        ):
            if m.start():
                k = lines.index(foot[-2])
                said, stamp = _split_off(foot[-2], m.start())
                said.kind, stamp.kind = "body", "meta"
                lines[k : k + 1] = [said, stamp]
            else:
                foot[-2].kind = "meta"
            foot[-1].kind = "meta"
            return _safe_date(m["y"], m["m"], m["d"]), None, None
    for line in lines[-3:]:
        # a digital paper's footer; a portal's `发布日期:2021-09-01` under the notice
        m = _publication_label(line.text) or _FOOTER_STAMP.search(line.text)
        if m:
            line.kind = "meta"
            return _safe_date(m["y"], m["m"], m["d"]), None, None
        m = _PUBLISHED_ON.search(line.text)
        if m:  # (the stamp closes the text's last paragraph: it stays text)
            return _safe_date(m["y"], m["m"], m["d"]), None, None
        m = _EDITOR_THEN_DAY.search(line.text)
        if m:  # (the line is the story's last paragraph: it stays text)
            return _safe_date(m["y"], m["m"], m["d"]), None, None
        m = _SENTENCE_THEN_DAY.search(line.text)
        opening = _AGENCY_DATELINE_DAY.match(lines[0].text) if m else None
        if m and opening and int(opening["d"]) == int(m["d"]):
            return _safe_date(str(int(m["y"]) + 1911), m["m"], m["d"]), None, None
        m = _AGENCY_DAY.fullmatch(line.text)
        if m:
            line.kind = "meta"
            return _safe_date(m["y"], m["m"], m["d"]), None, None
        m = _AGENCY_STAMP_END.search(line.text)
        if m:
            # `…美好記憶。 【2008/08/31 中央社】`: the agency's stamp closing the story's last
            # paragraph, cut off from it as metadata
            k = lines.index(line)
            text, stamp = _split_off(line, m.start("stamp"))
            text.kind, stamp.kind = line.kind, "meta"
            lines[k : k + 1] = [text, stamp]
            return _safe_date(m["y"], m["m"], m["d"]), None, None
    for line in lines[:_TOP_LINES]:
        m = _MONTH_DAY_COMMA_YEAR.fullmatch(line.text)
        if m:
            line.kind = "meta"
            return _safe_date(m["y"], m["m"], m["d"]), None, None
        m = _DAY_MONTH_WORDS_YEAR.fullmatch(line.text)
        if m:
            from .timex.numerals import to_int  # (the grammar's package: loaded on first use)

            line.kind = "meta"
            return _safe_date(m["y"], str(to_int(m["m"])), m["d"]), None, None
    # (or an agency's byline and its day the page's first line: `中央社 – 2014年2月13日`)
    m = _AGENCY_DAY.fullmatch(lines[0].text) if lines else None
    if m:
        lines[0].kind = "meta"
        return _safe_date(m["y"], m["m"], m["d"]), None, None
    # a copy ending with its headline, then its day after a dash (`…东引乡4/27、北竿乡5/2开议` /
    # `- 2007-04-25`), the one such line at the foot (not a list of dated links)
    dashed = [(ln, m) for ln in lines[-6:] if (m := _DASHED_DAY.fullmatch(ln.text))]
    if len(dashed) == 1 and dashed[0][0] is lines[-1]:
        line, m = dashed[0]
        line.kind = "meta"
        return _safe_date(m["y"], m["m"], m["d"]), None, None
    # (the page's first line, or the one under its headline)
    for k in range(min(2, len(lines))):
        m = _RELEASE_DATELINE.match(lines[k].text)
        if m and (k == 0 or _headline_like(lines[0].text)):
            lines[k : k + 1] = _split_off(lines[k], m.end())  # (the rest: the first sentence)
            return _safe_date(m["y"], m["m"], m["d"]), None, None
    replied = _letter_replied(lines)
    if replied:
        return replied, None, None
    # (a site's menu above it counts for nothing: `  • 时政` / `  • 国际` / … / `更多>>`)
    top = [ln for ln in lines[:_RECORD_LINES] if not _MENU_ITEM.fullmatch(ln.text)][:12]
    for line in top + lines[-3:]:
        m = _SOURCE_DATE.search(line.text)
        if m:  # a repost's own stamp is its copying time: the source's date is the paper's
            line.kind = "meta"
            return _safe_date(m["y"], m["m"], m["d"]), None, None
    if issued:
        return issued, None, None
    # a line that says it is the publication date wins over a bare stamp above it (a copying
    # site's `2025年03月31日 星期一` over the article's `发布日期:2013-04-24`)
    labelled = [k for k, ln in enumerate(top) if _said_published(ln.text)]
    # (a portal's record's labels, `名称`…`索引号`…`发布单位`: read once, not for every line)
    fields = [k for k, ln in enumerate(top) if _RECORD_FIELD.fullmatch(ln.text)]
    for k in labelled + [k for k in range(len(top)) if k not in labelled]:
        line = top[k]
        if _in_a_feed(top, k):
            continue
        near = " ".join(ln.text for ln in top[max(0, k - 1) : k + 2])
        # (or a portal's record under it: `时间: 2023年09月26日` over its labels)
        near += " ".join(top[f].text for f in fields if k + 2 <= f < k + 8)
        # (the first line, or the one right under a headline opening the page: `一九九二…
        # 換領新智能身份證` / `2022年7月8日`, a press release's day)
        day = _web_stamp(line.text, near, first=k == 0 or k == 1 and _headline_like(top[0].text))
        if day and (
            _WEEKDAY_SAID.search(line.text)
            or not _CLOCK_SAID.search(line.text)
            and not _said_published(line.text)
        ):
            # `2025年1月23日 星期四` in the menus: the site's day when read, not the article's
            # stamp under its headline (`http://www.CRNTT.com   2021-05-25 14:52:13`); a
            # repost's `2020-12-14 澎湃新闻` over the article's `2020-10-18 16:03 来源:…`
            day = _own_stamp(top[k + 1 :], day) or day
        if day:
            line.kind = "meta"
            for other in top[k + 1 :]:  # the date again (`【出版日期】2010.11.24` under a byline)
                if _PUBLISHED.search(other.text) and _web_stamp(other.text, "", first=False) == day:
                    other.kind = "meta"
            return day, None, None
    for line in lines[:_RECORD_LINES]:
        # a paper's name, its issue's day and the page (`姑苏晚报 20160719 A第02版`)
        paper = _PAPER_DAY_PAGE.match(line.text)
        if paper is not None and (day := _safe_date(paper["y"], paper["m"], paper["d"])):
            line.kind = "meta"
            return day, None, None
    for line in lines[:_RECORD_LINES]:
        # under a site's menus and breadcrumb: a line that says it is the publication date,
        # or a stamp then its source (`2017年05月06日 来源:`, `• 2015-11-08 《柳州日报》`), or
        # the source then the stamp (`来源:[ 三峡宜昌网—三峡日报 ]   2015-12-29 09:38:18`)
        sourced = _STAMP_THEN_SOURCE.match(line.text.strip(_BULLETS))
        if _said_published(line.text) or sourced or _SOURCE_OPENS.match(line.text):
            day = _web_stamp(line.text, "", first=False) or (
                _safe_date(sourced["y"], sourced["m"], sourced["d"]) if sourced else None
            )
            if day:
                line.kind = "meta"
                return day, None, None
    for line in lines[:_RECORD_LINES]:
        # a digital paper's buttons around its issue's date (`3上一篇 下一篇4 2023年9月27日 放大
        # 缩小 默认`)
        m = _STAMP.search(line.text) if len(line.text) <= 80 else None
        rest = (
            _PAGE_SECTION.sub("", line.text[: m.start()] + " " + line.text[m.end() :]) if m else ""
        )
        # (its weekday after it, cut off or not: `2024 年 04 月 04 日 星期 放大 缩小 默认`)
        rest = _WEEKDAY_SAID.sub("", rest, count=1) if m else rest
        if m and _NAVIGATION.fullmatch(rest):
            line.kind = "meta"
            return _safe_date(m["y"], m["m"], m["d"]), None, None
    for k, line in enumerate(lines[: min(len(lines), _RECORD_LINES) - 1]):
        # the date and its weekday over the buttons (`2016年3月6日 星期日` / `3 上一篇  下一篇 4
        # 放大 缩小 默认`)
        m = _STAMP.match(line.text.strip())
        rest = line.text.strip()[m.end() :].strip() if m else ""
        if m and _WEEKDAY_SAID.fullmatch(rest) and _NAVIGATION.fullmatch(lines[k + 1].text):
            line.kind = "meta"
            return _safe_date(m["y"], m["m"], m["d"]), None, None
    for k, line in enumerate(lines[:_RECORD_LINES]):
        m = (_ISSUE_NUMBER.match(line.text) or _PAPER_ISSUE.search(line.text)) if k < 12 else None
        if m is None and k + 1 < len(lines) and _PUBLISHED_LABEL.fullmatch(line.text):
            m = _STAMP.fullmatch(lines[k + 1].text.strip(_BULLETS))
        elif m is None and k + 1 < len(lines) and _BARE_LABEL.fullmatch(line.text):
            # `日期:` over `2015-03-26 12:00`: a bare label over a machine's stamp, its clock
            m = _STAMP.fullmatch(lines[k + 1].text.strip(_BULLETS))
            m = m if m is not None and m["clock"] and m["sep"] != "年" else None
        if m is None and k and _NOTICE_NUMBER.match(lines[k - 1].text):
            # `通告 編號 :  286/2022` / `期 :  2022-02-10`: a notice's day under its number (its
            # label's first character lost in the copy)
            m = _NOTICE_DAY.fullmatch(line.text)
            if m is not None:
                line.kind = "meta"
        if m and m.re is _STAMP:
            line.kind = lines[k + 1].kind = "meta"
        if m:
            return _safe_date(m["y"], m["m"], m["d"]), None, None
    for k, line in enumerate(top):
        m = _BLOG_DAY.fullmatch(line.text.strip())
        if m:  # `Thursday 14 July 2022`, `Wednesday, 8 January 2014`: a blog's day over its post
            line.kind = "meta"
            return _safe_date(m["y"], str(_MONTHS.index(m["mon"][:3]) + 1), m["d"]), None, None
        m = _DAY_FIRST_STAMP.fullmatch(line.text.strip())
        # `05.02.2016 11:36`, `09/07/2019`, `21-04-2014`: a day-first stamp alone on its line
        # (Macao, Hong Kong)
        if m:
            line.kind = "meta"
            return _safe_date(m["y"], m["m"], m["d"]), None, None
        m = _TITLE_STAMP.search(line.text) if len(line.text) <= 80 else None
        m = m or _EPISODE.match(line.text)  # `第735期:2021年2月5日…作客民生热线`
        if m is None:
            m = _DATED_MASTHEAD.fullmatch(line.text.strip())  # `2023年4月4日重庆手机报`
            m = m or _SOURCE_STAMP_COUNT.fullmatch(line.text.strip())  # `武汉通2025-04-13  83`
            m = m or _DAY_THEN_PUBLISHED.fullmatch(line.text.strip())  # `[2024.03.11] 發表`
            m = m or _DAY_THEN_COLUMN.fullmatch(line.text.strip())  # `2015年2月28日    即時資訊`
            m = m or (_CITY_THEN_DAY.fullmatch(line.text.strip()) if k == 0 else None)
            m = m or _TODAY_IS.fullmatch(line.text.strip())
            m = m or (_DAY_THEN_COLUMN_FIRST.fullmatch(line.text.strip()) if k == 0 else None)
            if m:
                line.kind = "meta"
        if m is None and k < 3:
            m = _ISSUED.search(line.text, 0, 300)
        if m is None and k < 3:
            # the stamp is the page's; the rest of its line is text (`关于临时闭馆的公告
            # 2021-04-11 因展厅设备安全检查需要,…`: a notice's title, its date, its text)
            m = (
                _OPENING_STAMP.match(line.text)
                or _OPENING_NUMERIC_STAMP.match(line.text)
                or _STAMP_THEN_BYLINE.match(line.text)
                or _NOTICE_THEN_STAMP.match(line.text)
                or _POST_STAMP.match(line.text)
                or _HEADLINE_STAMP_DATELINE.match(line.text)
            )
            if m:
                i = lines.index(line)
                lines[i : i + 1] = _split_off(line, m.end())
        if (
            m is None
            and k == 0
            and len(top) > 1
            and (_byline_next(top[1].text) or _weekday_under(line.text, top[1].text))
        ):
            # `…元宵主题文明实践活动欢乐开启 2025年02月13日` / `来源: 上海普陀`, `2023年10月11日` /
            # `本报讯(…)`: the page's first line ends with its day, its byline under it
            m = _ENDS_WITH_DAY.search(line.text)
        if m is None and len(line.text) <= 80:
            m = _GAP_THEN_STAMP.search(line.text)  # `…市集開集         2026年01月22日15:31`
            m = m or _PAPER_THEN_STAMP.search(line.text)
            m = m or (_HEADLINE_THEN_STAMP.search(line.text) if k == 0 else None)
        if m is not None and m.re in (
            _ENDS_WITH_DAY,
            _GAP_THEN_STAMP,
            _PAPER_THEN_STAMP,
            _HEADLINE_THEN_STAMP,
        ):
            i = lines.index(line)
            lines[i : i + 1] = _split_stamp_off(line, m.start())
        if m:
            return _safe_date(m["y"], m["m"], m["d"]), None, None
    # (below a copy's long menus too: `2019` / `12/13齐鲁晚报·齐鲁壹点` under 17 lines of links)
    for year, below in itertools.pairwise(lines[:_RECORD_LINES]):
        m = (
            _MONTH_DAY_ALONE.fullmatch(below.text.strip(" /"))
            if _YEAR_ALONE.fullmatch(year.text)
            else None
        )
        if m:  # (`2020` / `/ 01/01`)
            year.kind = below.kind = "meta"
            return _safe_date(year.text, m["m"], m["d"]), None, None
    for label_line, under in itertools.pairwise(lines[:_RECORD_LINES]):
        # a publication line's label ending its line, the date opening the next (`[中艺网
        # 发布时间:` / `2005-07-28]`)
        ends = label_line.text.rstrip()[-1:] in ":："
        label_said = _PUBLISHED_LABEL_ENDS.search(label_line.text) if ends else None
        stamp_under = _STAMP.match(under.text.strip(" [【")) if label_said else None
        if stamp_under and (on := _safe_date(stamp_under["y"], stamp_under["m"], stamp_under["d"])):
            label_line.kind = under.kind = "meta"
            return on, None, None
    for badge_line, under in itertools.pairwise(lines[:_TOP_LINES]):
        # a blog's badge, its day over its year and month (`20` / `2014.05`)
        badge_day = badge_line.text.strip()
        ym = _YEAR_MONTH_ALONE.fullmatch(under.text.strip()) if badge_day.isdecimal() else None
        if ym and (badge := _safe_date(ym["y"], ym["m"], badge_day)):
            badge_line.kind = under.kind = "meta"
            return badge, None, None
    head = lines[:_RECORD_LINES]
    for y_line, m_line, d_line in zip(head, head[1:], head[2:], strict=False):
        # (a stamp a part a line: `2024/` / `10/` / `12` / `15:57`, under the reporter's name)
        if (
            y_line.text.rstrip().endswith("/")  # (one string test before the patterns)
            and _YEAR_SLASH.fullmatch(y_line.text)
            and _PART_SLASH.fullmatch(m_line.text)
            and d_line.text.strip().isdecimal()
        ):
            y_line.kind = m_line.kind = d_line.kind = "meta"
            y, m_ = y_line.text.strip(" /"), m_line.text.strip(" /")
            return _safe_date(y, m_, d_line.text.strip()), None, None
    for line in top[:3]:
        # a page printed without line breaks: the stamp stays in the text (no event)
        m = (
            SECONDS_STAMP.search(line.text, 0, 300)
            or _STAMP_THEN_SOURCE.search(line.text, 0, 300)
            or _SOURCE_THEN_STAMP.search(line.text, 0, 300)
            or _SITE_THEN_STAMP.search(line.text, 0, 300)
            or _STAMP_TWICE.search(line.text, 0, 300)
            or _NUMERIC_STAMP_TWICE.search(line.text, 0, 300)
            or _FLAT_HEADER.match(line.text, 0, 300)
            or FLAT_STAMP.search(line.text, 0, 300)
        )
        if m and m["y"]:
            return _safe_date(m["y"], m["m"], m["d"]), None, None
        # (`…不排除腰斬或延期 Apr 15, 2020 消息指,…`: a day in English is a stamp)
        m = LATIN_DATE.search(line.text, 0, 300)
        if m:
            return _safe_date(m["y"], str(_MONTHS.index(m["mon"]) + 1), m["d"]), None, None
    for line in lines if _ZONE_NAMED.search(norm) else ():
        # a stamp naming its time zone, alone on its line under long menus (`2025-11-14 HKT 18:28`
        # on line 88 of a broadcaster's page; the zone looked for in the page first)
        zoned = _ZONED_STAMP.fullmatch(line.text.strip())
        if zoned:
            line.kind = "meta"
            return _safe_date(zoned["y"], zoned["m"], zoned["d"]), None, None
    issue = _CURRENT_ISSUE.search(norm, 0, _ISSUE_REACH)
    if issue:  # `當前報紙日期:` / `2023 10月30日 星期`: a digital paper's issue under its menus
        for line in lines:
            if line.start < issue.end() and line.end > issue.start():
                line.kind = "meta"
        return _safe_date(issue["y"], issue["m"], issue["d"]), None, None
    signed = _signed_on(lines) or _signed_over_attachment(lines) or _closed_on(lines)
    if signed is None:
        # a consultation page's window, its first day the page's (`开始日期:2019-08-19 截止日期:…`;
        # the line stays text: the window is an event)
        opened = next((m for ln in lines[:_TOP_LINES] if (m := _WINDOW_OPENS.match(ln.text))), None)
        signed = _safe_date(opened["y"], opened["m"], opened["d"]) if opened else None
    return signed, None, None


def _read_in_a_reader(lines: list[Line]) -> dt.date | None:
    """Return the day of a story shown in a digital-paper reader (`电子报阅读机` over the
    reader's own day, `日期:01-30` under the headline): that month and day in the year the
    text names (else the last before the reader's day), marking both lines as metadata; None
    for any other page."""
    if not lines or lines[0].text.strip() != _READER:
        return None
    top = lines[1:_TOP_LINES]
    shown = next((m for ln in top if (m := _STAMP.fullmatch(ln.text.strip()))), None)
    said = next(((ln, m) for ln in top if (m := _READER_DAY.fullmatch(ln.text.strip()))), None)
    reader = _safe_date(shown["y"], shown["m"], shown["d"]) if shown else None
    if reader is None or said is None:
        return None
    line, m = said
    lines[0].kind = line.kind = "meta"
    text = "\n".join(ln.text for ln in lines)
    return _day_in_year_named(text, int(m["m"]), int(m["d"]), reader)


def _digest_day(top: list[Line]) -> dt.date | None:
    """Return the day of a digest's year-less masthead on two lines of the page's top
    (`1月11日微语报` over `星期日,农历冬月廿三`, maybe under the digest's title and each with a
    trailing comma): the one year from 1950 to 2099 where that day has that weekday and lunar
    day, marking both lines as metadata; None for any other page."""
    for k in range(len(top) - 1):
        head = _DIGEST_HEAD.fullmatch(top[k].text.strip(_TRAILING))
        noted = _DIGEST_NOTE.fullmatch(top[k + 1].text.strip(_TRAILING)) if head else None
        if head is not None and noted is not None:
            return _digest_year(top[k : k + 2], head, noted)
    return None


def _digest_year(top: list[Line], head: re.Match[str], noted: re.Match[str]) -> dt.date | None:
    from .timex.calendars import is_lunar_day  # (lazy, as the grammar's package is)
    from .timex.numerals import lunar_day, lunar_month

    month = lunar_month(noted["lm"])
    day = lunar_day(noted["ld"])
    weekday = "一二三四五六日天".index(noted["w"]) % 7
    found = []
    for year in range(1950, 2100):
        shown = _safe_date(str(year), head["m"], head["d"])
        if shown is None or shown.weekday() != weekday or not month or not day:
            continue
        if is_lunar_day(shown, month, day):
            found.append(shown)
    if len(found) != 1:
        return None
    top[0].kind = top[1].kind = "meta"
    return found[0]


def _own_stamp(top: list[Line], shown: dt.date) -> dt.date | None:
    """Return the article's own earlier stamp with its clock time and source (`2015-08-14
    11:13:13 来源:…`) or to the second (`http://www.CRNTT.com   2021-05-25 14:52:13`), or that
    says it is the publication date (`发布日期:2018-06-29`) or opens with its source (`来源:
    荆州新闻网 2017-10-23`), under a page-less date with its weekday (`2023年11月23日 星期四`,
    the site's day when it was read), marking it as metadata; None when there is none."""
    for line in top:
        m = _STAMP_THEN_SOURCE.search(line.text)
        day = _safe_date(m["y"], m["m"], m["d"]) if m and m["clock"] else None
        if day is None and (_said_published(line.text) or _SOURCE_OPENS.match(line.text)):
            day = _web_stamp(line.text, "", first=False)  # (`来源: 荆州新闻网 2017-10-23`)
        if day is None and len(line.text) <= 80:
            # a machine's stamp to the second (`http://www.CRNTT.com   2021-05-25 14:52:13`)
            seconds = SECONDS_STAMP.search(line.text)
            day = (
                _safe_date(seconds["y"], seconds["m"], seconds["d"])
                if seconds and seconds["y"]
                else None
            )
        if day is not None and day < shown:
            line.kind = "meta"
            return day
    return None


def _mark_stamps(top: list[Line], day: dt.date | None) -> None:
    """Mark the page's date again alone on a line of its top (`2023年04月17日` under an issue's
    record, `2023-11-30` in a portal's record of the notice) as metadata, and so any numeric
    stamp alone on one (`2023-01-31` under a mirror's headline, a paper reader's `2025-10-13`)
    or a date with its weekday on the first lines (`2024年11月24日 星期日` over a page line),
    or the page's date after a name a line above it gave (`来源:市委党史研究室` over
    `市委党史研究室 2022年01月20日`), or before the word source after a short label (`三版
    2023年09月27日 来源:` under the page's date): dates of pages, not of happenings."""
    for k, line in enumerate(top):
        text = line.text.strip()
        if day is not None and (
            _named_again_with_day(top[:k], text, day) or _sourced_again(text, day)
        ):
            line.kind = "meta"
            continue
        m = _STAMP.match(text)
        if m is None:
            continue
        rest = text[m.end() :].strip()
        if k + 1 < len(top) and HOURS_LINE.match(top[k + 1].text):
            continue  # `2022.8.26` over `06:30—15:30鹤上镇…`: a schedule's day, not the page's
        if (
            not rest
            and (m["sep"] in "-/" or _safe_date(m["y"], m["m"], m["d"]) == day)
            or k < 2
            and _WEEKDAY_ALONE.fullmatch(rest)
            # (`2009年06月25日台灣` under the headline: the page's day and its section)
            or k < 3
            and _SECTION_WORD.fullmatch(rest)
            and _safe_date(m["y"], m["m"], m["d"]) == day
        ):
            line.kind = "meta"


_SECTION_WORD: Final = rx.compile(r"[\u4e00-\u9fff]{1,4}")


def _sourced_again(text: str, day: dt.date) -> bool:
    """True when ``text`` holds the date ``day`` then the word source, a short label before it
    (`三版  2023年09月27日   来源:`)."""
    if "来源" not in text and "稿源" not in text:
        return False
    m = _STAMP_THEN_SOURCE.search(text, 0, 60)
    return m is not None and m.start() <= 12 and _safe_date(m["y"], m["m"], m["d"]) == day


def _named_again_with_day(above: list[Line], text: str, day: dt.date) -> bool:
    """True when ``text`` is a name that a line of ``above`` holds, then the date ``day``."""
    last = text[-1:]
    if not (last.isdecimal() or last in ("日", "分")):
        return False  # (the stamp ends the line, with its day or its clock: most lines do not)
    m = _STAMP.search(text)
    if m is None or m.end() != len(text) or _safe_date(m["y"], m["m"], m["d"]) != day:
        return False
    name = text[: m.start()].strip()
    return len(name) >= 2 and any(name in line.text for line in above)


def _letter_replied(lines: list[Line]) -> dt.date | None:
    """Return the reply's date on a letters page (a citizen's letter and the office's answer),
    marking both dates' lines as metadata; None on any other page."""
    head = lines[:_RECORD_LINES]
    sent = [line for line in head if _LETTER_SENT.search(line.text)]
    replies = [(line, m) for line in head if (m := _REPLIED.search(line.text))]
    if not sent or not replies:
        return None
    for line in sent + [line for line, _ in replies]:
        line.kind = "meta"
    return max(
        (day for _, m in replies if (day := _safe_date(m["y"], m["m"], m["d"]))), default=None
    )


def _said_published(text: str) -> bool:
    """True when a line labels its date as the publication's, pinyin blanked between the
    label's characters or not (`發(fā)布時(shí)間:`)."""
    return _publication_label(_stamp_text(text)) is not None


def _stamp_text(text: str) -> str:
    """Return a line as its stamp is read: pinyin blanked between characters removed
    (`發(fā)布時(shí)間:`), an English date written as numbers (`Sep 9, 2023` → `2023-09-09`), a
    two-digit year opening it with a clock time written in full (`23-06-08 08:34`)."""
    text = _CJK_GAP.sub("", text)
    if "发表于" in text or "发布于" in text:  # (`发布于 2022-06-22 00:28 ,所属分类:…`)
        text = _POSTED_AT.sub("发表时间:", text)
    if "/" in text or "." in text or "-" in text:  # `刊登日期: 25/09/2020`, `日期 : 29-05-2025`
        text = _LABELLED_DAY_FIRST.sub(lambda m: m["label"] + _iso(m), text)
    short = _SHORT_YEAR.match(text)
    if short:  # `23-06-08 08:34 来源:…`, `莆田发布 26-02-20 10:16`: the century left out
        text = text[: short.start("y")] + "20" + text[short.start("y") :]
    if "M" in text and "/" in text:  # `时间:1/24/2020 12:00:00 AM`: a US machine's stamp
        text = _US_STAMP.sub(_iso, text)
    if "-" in text:  # `出版:2026-Jan-28 22:48`: the month's English name between dashes
        text = _DASHED_LATIN_MONTH.sub(_iso, text)
        if ":" in text:  # `发布时间:2011-7-190:0:0`: a machine's date and clock run together
            text = _GLUED_CLOCK.sub(r"\g<date> \g<clock>", text)
    if LATIN_DATE.search(text) is None:
        return text
    return LATIN_DATE.sub(_iso, text)


def _iso(m: re.Match[str]) -> str:
    """Return the date a match's `y`, `d` and `m` (a number) or `mon` (an English month's
    abbreviation) groups name, as `YYYY-MM-DD`."""
    month = _MONTHS.index(m["mon"]) + 1 if "mon" in m.re.groupindex else int(m["m"])
    return f"{m['y']}-{month:02d}-{int(m['d']):02d}"


def _publication_label(text: str) -> re.Match[str] | None:
    """Return the first labelled date of ``text`` when its label says it is the publication's
    (`发布日期:`, not a bare `日期:`, which dates an event as often); None otherwise."""
    said = _PUBLISHED.search(text)
    return said if said is not None and said["label"] not in _BARE_LABELS else None


def dateline_day(layout: Layout, fallback: dt.date) -> dt.date | None:
    """Return the day of a year-less stamp on the page's top lines (`06-25 06:13:27 来源:重庆日报`),
    else of its first dateline that states one, else of a reporter's lead (`9月30日,春城晚报
    记者从大观公园获悉:`); None when there is none of them.

    A year-less day (a stamp's, a dateline's: `大众网青岛3月16日讯`) takes the year of a full
    date of that day in the text (`2017年3月16日至…`); else the last year that puts it on or
    before ``fallback`` (a file is saved after its paper came out), unless a full date of the
    text falls within a month of it (that date's year), or the text's years never name that
    year: then the year they name most (the latest of equals), when it is earlier; or an edition
    named with its year (`2025泉州美好生活消费季`) more often than that year is said: the
    editions' year, when earlier.
    """
    top = "\n".join(layout.normalized.split("\n", _TOP_LINES)[:_TOP_LINES])
    # (`04-05` alone: zero-padded, a machine's)
    m = next(
        (
            m
            for m in _YEARLESS_STAMP.finditer(top)
            if m["site"] or m["clock"] or len(m["m"]) == len(m["d"]) == 2
        ),
        None,
    ) or _YEARLESS_MASTHEAD.search(top)
    if m is None:
        words = next((story.dateline for story in layout.stories if story.dateline), None)
        # (or a dateline opening a top line inside a story: under a headline read as its text)
        words = words or next(
            (
                w
                for line in top.split("\n")
                if (d := dateline_at(_SPACES.sub("", line))) and (w := dateline_words(d))
            ),
            None,
        )
        m = _DATELINE_DAY.fullmatch(words) if words else _REPORTED_ON.search(layout.normalized)
    if m is None:
        return None
    if m["y"]:
        return _safe_date(m["y"], m["m"], m["d"])
    return _day_in_year_named(layout.normalized, int(m["m"]), int(m["d"]), fallback)


def _day_in_year_named(text: str, month: int, day: int, fallback: dt.date) -> dt.date | None:
    """Return a year-less day in the year the text gives it (see :func:`dateline_day`)."""
    # (and a machine's day in a file's name: `QQ图片20190216203942.jpg` under `02-16 20:37:40`, or
    # in an address's path: `…/content/2016-06/24/…jpg` over `海口网6月24日消息`)
    same_day = [
        int(y)
        for y, mo, d in _FULL_DATE.findall(text)
        + _COMPACT_DATE.findall(text)
        + _PATH_DATE.findall(text)
        if (int(mo), int(d)) == (month, day)
    ]
    year = fallback.year if (month, day) <= (fallback.month, fallback.day) else fallback.year - 1
    text = _FEED_LINES.sub("", text)  # (a feed's stamps name the year the page was read)
    said = list(_YEAR_NAMED.finditer(text))
    # (`日均同比2023年增长11%`: the year compared with, the story's the next)
    named = Counter(int(m[1]) + bool(_COMPARED_WITH.search(text, 0, m.start())) for m in said)
    editions = Counter(int(m[1]) for m in said if not m[0].endswith("年"))
    near = _near_full_date(text, month, day, fallback)
    if same_day:
        year = max(same_day)
    elif near:
        year = near  # (`生活報9月3日訊 …截至日期為2012年9月7日`: the year of a date days from it)
    elif near_month := _near_year_month(text, month, day):
        year = near_month
    elif named and year not in named:
        most = max(named, key=lambda y: (named[y], y))
        year = min(year, most)
    elif editions:
        # (`2025泉州美好生活消费季…2025首届…嘉年华` over `延伸至2026年元旦`: the year of the
        # editions it reports on, when earlier and said more)
        most = max(editions, key=lambda y: (editions[y], y))
        if editions[most] > named[year]:
            year = min(year, most)
    return _safe_date(str(year), str(month), str(day))


def _near_full_date(text: str, month: int, day: int, fallback: dt.date) -> int | None:
    """Return the year that puts ``month``/``day`` within a month of a full date of the text
    (`2016年2月14日`, `2016-02-14` in a list of related stories), or, in a text that names no
    year, of a year-less day its lunar date settles (`2月24日(正月十五)`: 2024's, up to four
    years before ``fallback``), the nearest such; None when no such date is that near."""
    # (not a feed's stamps to the second: `- 2026年01月24日 11:50:24`, the site's latest news
    # when the page was read, not the story's time)
    said = [
        d
        for y, mo, dd in _FULL_DATE_NOT_STAMPED.findall(text) + _LISTED_STORY_DATE.findall(text)
        if (d := _safe_date(y, mo, dd))
    ]
    if not _YEAR_NAMED.search(text):
        said += _lunar_noted_days(text, fallback)
    best: tuple[int, int] | None = None
    for d in said:
        for year in (d.year - 1, d.year, d.year + 1):
            day_said = _safe_date(str(year), str(month), str(day))
            gap = abs((day_said - d).days) if day_said else 99
            if gap <= 31 and (best is None or gap < best[0]):
                best = (gap, year)
    return best[1] if best else None


def _near_year_month(text: str, month: int, day: int) -> int | None:
    """Return the year that puts ``month``/``day`` at most _NEAR_MONTH before the last month,
    with its year but no day, of a run the text tells (`延续至2021年2月底`), or in it; the
    nearest such; None when none is."""
    best: tuple[dt.timedelta, int] | None = None
    for y, mo in _RUN_TO_MONTH.findall(text):
        first = _safe_date(y, mo, "1")
        if first is None:
            continue
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        for year in (first.year - 1, first.year):
            said = _safe_date(str(year), str(month), str(day))
            if said is None or said > last:
                continue
            gap = max(first - said, dt.timedelta(0))
            if gap <= _NEAR_MONTH and (best is None or gap < best[0]):
                best = (gap, year)
    return best[1] if best else None


def _lunar_noted_days(text: str, fallback: dt.date) -> list[dt.date]:
    """Return the days of the text's year-less dates noted with their lunar date
    (`2月24日(正月十五)`) or said to be a lunar festival (`9月21日是传统中秋佳节`), each in the
    one year from ten before ``fallback`` to the next that fits its note."""
    from .timex.calendars import is_lunar_day  # (lazy, as the grammar's package is)
    from .timex.numerals import lunar_day, lunar_month
    from .timex.tables import NAMED_DAYS

    # (the festival's lunar day, as the time grammar's table knows it)
    festivals = {
        name: (int(nd.rule[1]), int(nd.rule[2]))
        for nd in NAMED_DAYS
        if nd.rule[0] == "lunar"
        for name in nd.names
    }

    noted = [
        (m["m"], m["d"], lunar_month(m["lm"]), lunar_day(m["ld"]))
        for m in _LUNAR_NOTED_DAY.finditer(text)
    ] + [(m["m"], m["d"], *festivals[m["f"]]) for m in _FESTIVAL_NOTED_DAY.finditer(text)]
    days = []
    for sm, sd, month, day in noted:
        fits = [
            d
            for year in range(fallback.year - _LUNAR_YEARS_BACK, fallback.year + 2)
            if month
            and day
            and (d := _safe_date(str(year), sm, sd))
            and is_lunar_day(d, month, day)
        ]
        if len(fits) == 1:
            days.append(fits[0])
    return days


def _weekday_under(text: str, below: str) -> bool:
    """True for a line that ends with a full date over a line that is that date's weekday
    (`2021年10月1日` / `星期五`: a digest's masthead)."""
    m = _ENDS_WITH_DAY.search(text)
    said = _WEEKDAY_ALONE.fullmatch(below.strip())
    if m is None or said is None:
        return False
    day = _safe_date(m["y"], m["m"], m["d"])
    return day is not None and _WEEKDAY_NAMES.index(said.group()[-1]) % 7 == day.weekday()


def _byline_next(text: str) -> bool:
    """True for a line under the page's first that opens with its source or a dateline."""
    return _SOURCE_OPENS.match(text) is not None or dateline_at(text) is not None


def _split_stamp_off(line: Line, at: int) -> list[Line]:
    """Return ``line`` cut before its last ``at`` characters' stamp: its text (if any), then
    the stamp marked metadata."""
    stamp = Line(
        line.start + at,
        line.end,
        line.text[at:],
        line.width * (len(line.text) - at) / len(line.text),
    )
    stamp.kind = "meta"
    head = line.text[:at].rstrip()
    if not head:
        return [stamp]
    return [
        Line(line.start, line.start + len(head), head, line.width * len(head) / len(line.text)),
        stamp,
    ]


def _split_off(line: Line, at: int) -> list[Line]:
    """Return ``line`` cut after its first ``at`` characters, the first part marked metadata."""
    head = Line(line.start, line.start + at, line.text[:at], line.width * at / len(line.text))
    head.kind = "meta"
    rest = line.text[at:]
    text = rest.lstrip()
    if not text:
        return [head]
    start = line.start + at + len(rest) - len(text)
    return [head, Line(start, line.end, text, line.width * len(text) / len(line.text))]


def _issue_record(lines: list[Line], page: str) -> dt.date | None:
    """Return the issue's date in a digital paper's article record (`2020-02-11 2 2 江海晚报
    content_5483.html …`, `1461876 2024-09-23 00:00:00 一 …`), marking its line as metadata
    wherever it stands; None when none. ``page`` is the text the lines are of."""
    if ".htm" not in page and "00:00:00" not in page:
        return None  # (most pages: two searches of the page, not two a line)
    day = None
    for line in lines:
        m = _ISSUE_RECORD.search(line.text) if ".htm" in line.text else None
        if m is None and "00:00:00" in line.text:
            m = _ID_RECORD.match(line.text)
        if m:
            line.kind = "meta"
            day = day or _safe_date(m["y"], m["m"], m["d"])
    return day


def _signed_on(lines: list[Line]) -> dt.date | None:
    """Return the date a notice was signed; None when it has none. It is the last date near
    the end that stands alone on a line under a short one (the issuer or `特此公告`) or on the
    text's last line, or that ends a line right after the issuer or a sentence, or that ends
    a byline in brackets on the last line."""
    tail = [line for line in lines[-_SIGNATURE_LINES:] if line.text.strip()]
    for k in range(len(tail) - 1, -1, -1):
        text = tail[k].text.strip()
        above = tail[k - 1].text.strip() if k else ""
        m = _SIGNED_ON.fullmatch(text) or _SIGNED_ON_NUMERIC.fullmatch(text)
        if m:
            last = k == len(tail) - 1
            below = "" if last else tail[k + 1].text
            if (
                above.endswith((":", "："))
                or not last
                and not above.startswith("特此")  # (`特此通告。` over it: signed, whatever follows)
                and (not above or _squeezed_len(above) > 40 or above.endswith("。"))
                or HOURS_LINE.match(below)
            ):
                continue  # a field's value, a date in a list, a schedule's day over its hours
            tail[k].kind = "meta"
        elif k == len(tail) - 1 and (m := _BYLINE_DATED.fullmatch(text)) is not None:
            tail[k].kind = "meta"
        elif (
            k == len(tail) - 1
            and k
            and _SIGNED_IN_MONTH.fullmatch(text)
            and _squeezed_len(above) <= 20
        ):
            tail[k].kind = "meta"  # (no day to date the page by)
            continue
        else:
            m = _SIGNED_AFTER.search(text) or _SIGNED_AFTER_DOTTED.search(text)
        if m:
            # (imported here: the time grammar's package is loaded on first use)
            from .timex.numerals import to_int

            y, mo, d = (str(to_int(m[g])) for g in ("y", "m", "d"))
            return _safe_date(y, mo, d)
    return None


def _in_a_feed(lines: list[Line], k: int) -> bool:
    """True when line k is one of a run of listed stamps to the second (`- 2026年01月24日
    11:50:24` / `- 2026年01月24日 10:52:30` under `社会新闻精选:`): a feed of other stories,
    the site's latest when the page was read, not the article's stamp."""
    if not _FEED_STAMP.fullmatch(lines[k].text.strip()):
        return False
    return any(
        0 <= j < len(lines) and _FEED_STAMP.fullmatch(lines[j].text.strip()) is not None
        for j in (k - 1, k + 1)
    )


def _signed_over_attachment(lines: list[Line]) -> dt.date | None:
    """Return the date a notice was signed over the plan or list it attaches, however long
    that runs (`湖南省文化和旅游厅` / `2024年1月15日` / `…拟命名名单(40个)` and its table; `…请认真
    贯彻执行。` / `二〇一一年七月二十一日` / `…活动方案`), marking its line as metadata; None when
    there is none."""
    filled = [line for line in lines if line.text.strip()]
    for k in range(1, len(filled) - 1):
        text = filled[k].text.strip()
        m = _SIGNED_ON.fullmatch(text) if len(text) <= 20 else None
        if m is None:
            continue
        above = filled[k - 1].text.strip()
        if (_OFFICE_NAME.fullmatch(above) or above.endswith("。")) and _ATTACHMENT.search(
            filled[k + 1].text.strip()
        ):
            filled[k].kind = "meta"
            from .timex.numerals import to_int  # (the grammar's package: loaded on first use)

            return _safe_date(*(str(to_int(m[g])) for g in ("y", "m", "d")))
    return None


def _web_stamp(text: str, near: str, *, first: bool) -> dt.date | None:
    """Return the date of a web page's publication line (`发布时间：2023-04-10 09:30`,
    `2022/6/29 4:50:15发布`, `来源：北京日报 | 2023-05-06`); None for any other line.

    ``near`` is the line with its neighbours (a byline split over lines: `来源:城东社区` above
    `时间:2023-11-28 14:45`); ``first`` says whether it is the page's first line."""
    raw, text = text, _stamp_text(text)
    if _squeezed_len(text) > 80:
        return None  # (`来源:  江南都市报     |    日期:  2025年06月05日     |  …`: padded)
    if numbering_may_open(text) and _NUMBERED_FIELD.match(text):
        return None  # `二、 比赛日期:2011年4月16、17日两天`: a numbered item's field, not a byline
    # (`成文日期:2015-05-26 | 发布日期:2015-12-25`: the day it was published, not written)
    found = [
        m
        for m in _PUBLISHED.finditer(text)
        if text[max(0, m.start() - 2) : m.start()] not in _NOT_PUBLISHED
    ]
    labelled = next((m for m in found if m["label"] not in _BARE_LABELS), None) or (
        found[0] if found else None
    )
    stamp = _STAMP.search(text, labelled.start("y") if labelled else 0)
    if stamp is None:
        return None
    if labelled:
        # a bare `时间:` is a notice's event time unless the line is the page's byline, or a
        # numeric date alone on it (`时间:2013/4/4` under the headline; a notice writes 年),
        # or after the site's name and address (`海口网 http://www.hkwb.net 时间:2016-02-19`)
        opens = (
            text.startswith("时间")
            or _STAMP_WORDS.search(text, 0, labelled.start())
            or _SITE_NAME.fullmatch(text, 0, labelled.start())  # `景县新闻网    时间:…`
            # (or the office that posts it: `湖南省教育厅  时间:2021-06-08`)
            or _OFFICE_NAME.fullmatch(text, 0, labelled.start())
            # (an app's or column's name set apart: `每日甘肃    时间:2017-04-07`)
            or _NAME_SET_APART.fullmatch(raw, 0, max(0, raw.find(labelled["label"])))
        )
        # (or the site's name, and its address, after it: `时间:2023-01-31番禺168网`,
        # `时间:2019-10-25 18:59河北网(www.he-bei.cn)`;
        # the paper and its reporter: `时间:2018-03-11 23:37 山西日报 曹婷婷`)
        after = text[stamp.end() :].strip()
        alone = (
            bool(opens)
            # (a machine's date: numeric, or zero-padded: `时间 :2023年05月25日` under the title)
            and (stamp["sep"] != "年" or _ZERO_PADDED.search(stamp.group()) is not None)
            and (
                not after
                or _SITE_AND_ADDRESS.fullmatch(after) is not None
                or _SITE_AFTER.fullmatch(after) is not None
                or _PAPER_AND_REPORTER.fullmatch(after) is not None
            )
        )
        if labelled["label"] == "时间" and not (stamp["sec"] or alone or _BYLINE.search(near)):
            return None
        if labelled["label"] in _BARE_LABELS and _RANGE_ON.match(text, stamp.end()):
            return None  # `二、施工日期:2024年6月25日至2024年7月16日`: a field's run of days
    elif (
        _CLAUSE_PUNCT.search(text)
        and not (_SOURCE_OPENS.match(text) and stamp["clock"])
        and text.strip().rstrip(",，").rstrip() != stamp.group().strip()  # (`2025-10-01,`)
    ):
        # a sentence (`征求意见时间：自本公告发布之日起至…。`), not a byline
        # (`来源:泉州晚报、东南早报 2016-02-22 09:03`: its sources listed)
        return None
    elif not (stamp["sec"] or _STAMP_WORDS.search(text)):
        # alone on its line: a numeric date (`2011.05.06`), or a date with a clock time
        # opening the page (`2023年4月3日 10:21`); a lone `2023年4月10日` signs a notice
        # (`上海法治报 2023年10月27日`: a paper's name then the date, its masthead)
        byline = text[: stamp.start()].strip(_BULLETS)  # (`• 2016年8月31日`: a bulleted stamp)
        masthead = (
            _PAPER_NAME.fullmatch(byline)
            # `罗庄区林业发展中心    2021-03-12`: the issuing office's byline, a numeric date
            or stamp["sep"] != "年"
            and _OFFICE_NAME.fullmatch(byline)
            # `新闻大连 2023-10-15`: an account's name over a repost, a numeric date
            or stamp["sep"] == "-"
            and _ACCOUNT_NAME.fullmatch(byline)
            and not _SAYS_WHEN.search(byline)
            # `东莞 赛龙舟 交通 … 东莞阳光网 2019-06-03`: a page's tags, its site, its date
            or stamp["sep"] == "-"
            and _TAGS_THEN_SITE.match(raw) is not None
            # a paper's serial number just above (`国内统一刊号:CN43-0003 …报社出版` over
            # `2017年12月13日`)
            or not byline
            and _SERIAL_NUMBER.search(near)
        )
        # (`2023.01.20 - 旅遊局`: the issuing office after a dash or a bullet, as after a space)
        after = _DASH_BEFORE_NAME.sub("", text[stamp.end() :].strip())
        # (`2023年04月03日 星期一`: a digital paper's date line, its day cut off or not:
        # `2017年2月9日 星期`; in brackets: `2015年1月16日(星期五)`)
        weekday = bool(after) and _WEEKDAY_SAID.fullmatch(after.strip("()（） ")) is not None
        alone = (masthead or not text[: stamp.start()].strip(_BULLETS)) and (
            not after
            or weekday
            # `广州日报 2024年11月28日 卢梦谦`: the paper, its day, then the writer
            or bool(masthead)
            and _WRITERS.fullmatch(after) is not None
            # `2022-08-08 市规划资源局`: a numeric date, then the issuing office or the site
            # (`2018-02-12 粤港澳大湾区城市群网YGA.CN`)
            or stamp["sep"] != "年"
            and (_OFFICE_NAME.fullmatch(after) or _SITE_THEN_DOMAIN.fullmatch(after)) is not None
            # `2020-08-06 2020-08-06`: a portal's record, its dates of writing and publishing
            or stamp["sep"] != "年"
            and _STAMP.fullmatch(after) is not None
            # `2019-08-09     浙江公安`, `2017-03-31 美丽西湖 美丽西湖`: an account's post
            or stamp["sep"] == "-"
            and _ACCOUNT_AFTER.fullmatch(after) is not None
            and not _SAYS_WHEN.search(after)
            # `2025-08-21 HaiPress`, `2025-10-01,` over `Sohu`: a feed's stamp and its source
            or stamp["sep"] == "-"
            and _LATIN_SOURCE.fullmatch(after) is not None
        )
        # `文摘   2024-09-20 18:14   吉林`: a numeric date and clock in a short line
        alone = alone or (stamp["sep"] != "年" and bool(stamp["clock"]) and len(text) <= 40)
        # zero-padded (`2017年10月01日`): a machine's stamp, prose never pads
        padded = stamp["m"].startswith("0") or stamp["d"].startswith("0")
        # `2019年03月11日 11:35 衡阳县公安`: a padded stamp and its clock, then the account
        alone = alone or (
            padded
            and bool(stamp["clock"])
            and not text[: stamp.start()].strip(_BULLETS)
            and _ACCOUNT_AFTER.fullmatch(after) is not None
        )
        # `简讯 2020年04月23日` opening the page: a column's name, then its date; or the
        # date, then the site's or the paper's name or its section (`2020年10月09日九江新聞`,
        # `2009年06月25日台灣` under the headline)
        alone = alone or bool(
            first
            and padded
            and (
                not after
                and _COLUMN_NAME.fullmatch(text[: stamp.start()])
                or not byline
                and (_NEWS_NAME.fullmatch(after) or _SECTION_WORD.fullmatch(after))
            )
        )
        # `微永善 2024年10月31日 19:06`, `景点排名 2025年07月26日 00:57 1 admin` near the top: an
        # account's or a column's name, the stamp and its clock (its reads and its poster)
        alone = alone or bool(
            stamp["clock"]
            and _ACCOUNT_NAME.fullmatch(byline)
            and _READS_AND_POSTER.fullmatch(after)
        )
        # (`2011 年 10 月 28 日` alone on the page's first line, over the headline: its day; a
        # notice is signed at its foot)
        if not alone or (
            stamp["sep"] == "年"
            and not padded
            and not masthead
            and not weekday
            and not (first and (stamp["clock"] or not after and not byline))
        ):
            return None
    return _safe_date(stamp["y"], stamp["m"], stamp["d"])


def _squeezed_len(text: str) -> int:
    """Return the length of ``text`` with every run of spaces counted as one: a printed
    header pads its fields into columns (`A04      2023 年 8 月 11 日 星期五      泉城·民生`)."""
    return len(" ".join(text.split()))


def _mark_running_headers(lines: list[Line], day: dt.date) -> None:
    """Mark the header repeated on every sheet of a multi-page PDF: not part of any story."""
    for line in lines:
        text = line.text
        # (a squeezed text is never longer than the text: squeezed only when longer than 80)
        if line.kind != "body" or "年" not in text or len(text) > 80 and _squeezed_len(text) > 80:
            continue
        m = _HEADER.search(text)
        if m and _HEADER_HINT.search(text):
            if _safe_date(m.group("y"), m.group("m"), m.group("d")) == day:
                line.kind = "header"


def _safe_date(y: str, m: str, d: str) -> dt.date | None:
    """Return the date, a year of three digits being the Republic's (`114` → 2025), one of two
    this century's (`14` → 2014); None when there is no such day."""
    try:
        return dt.date(int(y) + {3: 1911, 2: 2000}.get(len(y), 0), int(m), int(d))
    except ValueError:
        return None


def _page_width(lines: list[Line]) -> float:
    """Return the width of the page's widest column of text (95th percentile of body lines):
    a wrapped line is at least half of it; one-line paragraphs of web text are not."""
    widths = sorted(ln.width for ln in lines if ln.kind == "body")
    return widths[(19 * len(widths)) // 20] if widths else 0.0


_WHEN_WHERE_LABELS: Final = ("时间", "日期", "地点", "地址")


def _fields_below(lines: list[Line], k: int) -> bool:
    """True when a notice's field of when or where (`地点:`, `时间:`) stands in the few lines
    under line ``k``: the heading over them is a sidebar of the story's own (`相关链接` /
    `铜塘湾街道` / `地点:…` / `时间:5月10日至13日`), no list of links to other articles."""
    return any(
        (field := FIELD.match(line.text)) is not None
        and field["label"].endswith(_WHEN_WHERE_LABELS)
        for line in lines[k + 1 : k + 7]
    )


def _classify(lines: list[Line], page_width: float, page: str) -> list[Line]:
    """Mark meta, marker and title lines of ``page``; return the lines that are not header or
    meta."""
    out: list[Line] = []
    # (a masthead's serial number, a breadcrumb's home page and a table's bars looked for on
    # a line only when the page holds them)
    # (a word's first character looked for first: `"首页" in page` takes ~6 µs a page, a
    # character missing from it ~0.1 µs)
    serial = holds(page, "刊号") or holds(page, "CN")
    crumbs = holds(page, "首页")
    table = "|" in page
    opened = False  # (whether a line of text came yet: the page's first may be a long headline)
    linked = False  # (whether the lines are a list of links to other articles)
    for k, line in enumerate(lines):
        if line.kind != "body":
            continue
        text = line.text
        # (`相关链接:` over `海口府城“换花节”2月22日举行 10大活动闹元宵`: another article's
        # title, not this story's; a sentence ends the list)
        linked = (linked and len(text) <= 40 and not any(c in _SENTENCE_END for c in text)) or bool(
            len(text) <= 12 and _RELATED.fullmatch(text) and not _fields_below(lines, k)
        )
        # (each test behind a cheap look at the line: most lines are none of these)
        numbered = len(text) == 2 and _ITEM_NUMBER.fullmatch(text) and k + 1 < len(lines)
        if numbered and lines[k + 1].text[:1] in _DATE_UNITS:
            numbered = False  # (`0` / `月26日`: a date wrapped after its first digit)
        last = text[-1]  # (one copy of it: a CJK character is a new string each time)
        if (
            linked
            or numbered
            or serial
            and len(text) < 80
            and ("刊号" in text or "CN" in text)
            and _SERIAL_NUMBER.search(text)
            or last in _CREDIT_ENDS
            and (
                _PHOTO_CREDIT.fullmatch(text)
                or _CAPTION_CREDITED.fullmatch(text)
                and not _TO_COME.search(text)
            )
            or last in _IMAGE_FILE_ENDS
            and _IMAGE_FILE.fullmatch(text)
            or len(text) <= 4
            and text.lower() in _PICTURE_WORDS
            or last == "辑"
            and _EDITED_BY.fullmatch(text)
            or last == "张"
            and _NUMBERED_PICTURE.fullmatch(text)
        ):
            # (or `…出版 国内统一刊号:CN52-0013`: the paper's masthead; `02` alone on a line:
            # an item's number over its title; `苏立平 摄`: a photo's credit; `QQ图片2021….jpg`:
            # a picture's file name; `本帖最后由 某某 于 2016-2-23 14:31 编辑`: a forum's note;
            # `关于…的通告,第1张`: a gallery's picture under its headline; `logo`: a picture's
            # placeholder)
            line.kind = "meta"
            continue
        if len(text) < 80 and (
            _has_colon(text)
            and _META.match(text)
            or _may_be_navigation(text)
            and _NAVIGATION.fullmatch(text)
        ):
            line.kind = "meta"
            if crumbs and _is_crumbs(text) or "位置" in text[:10]:
                # (`当前位置: 首页 > 部门快讯 > 正文`: a breadcrumb after its label, the menus'
                # end all the same, its home page named or not: `您当前的位置 : 长城网 >> 邢台频道`)
                line.kind = "marker"
                out.append(line)
            continue
        if (
            k
            and lines[k - 1].kind == "meta"
            and lines[k - 1].text[-1] in ":："
            and len(text) <= 40
            and _STAMP.search(text) is not None
        ):
            # the value under its label (`• 发布日期:` / `2024年04月06日 16:34`; not the headline
            # under an empty `当前位置:`, which holds no date)
            line.kind = "meta"
            continue
        if table and _is_table_row(text):
            pass  # a row of a table (`2 | 职工乒乓球比赛 | 5月 |`): a paragraph of its own
        elif crumbs and _is_crumbs(text):
            line.kind = "marker"  # a breadcrumb: the site's menus above it end there
        elif (
            out
            and _continues(out[-1], line, page_width)
            and not (len(lines[k - 1].text) == 2 and _ITEM_NUMBER.fullmatch(lines[k - 1].text))
        ):
            line.wrapped = True  # (not the title under an item's number: `03` / `“小候鸟”…`)
        elif text[0] == "(" and _MARKER.fullmatch(text):
            line.kind = "marker"
        elif (
            (_is_title(text, line.width, page_width, first=not opened) or _over_stamp(lines, k))
            and not _introduced(out)
            and not _a_cell(lines, k, first=not opened)
        ):
            # (the next line of text: a byline between a headline and its story is not it)
            nxt = next((ln for ln in lines[k + 1 :] if ln.kind == "body"), None)
            if nxt is None or not _wraps_into(line, nxt):
                line.kind = "title"
        out.append(line)
        opened = opened or line.kind != "marker"  # (a breadcrumb opens no text)
    return out


def _a_cell(lines: list[Line], k: int, first: bool) -> bool:
    """True for a table's cell copied on a line of its own: a `|` alone on the line before or
    after it (`南宫剧场` / `|` / `二人台《同喜 同喜》`), or, below the text's first line, its own
    bar at either end (`(腊月初四、初五) |`)."""
    text = lines[k].text.strip()
    return (
        not first
        and (text.startswith("|") or text.endswith("|"))
        or any(0 <= j < len(lines) and lines[j].text.strip() == "|" for j in (k - 1, k + 1))
    )


def _over_stamp(lines: list[Line], k: int) -> bool:
    """True for a headline with a comma right above the page's publication line (`学雷锋日,
    百姓城管上街大扫除` over `• 2012年03月03日 来源:齐鲁晚报`): a short line, no sentence."""
    text = lines[k].text
    nxt = next((ln for ln in lines[k + 1 : k + 3] if ln.text.strip()), None)
    # (under a site's breadcrumb, a long one: `【群众文化活动】“村村有好戏,回家过大年”2024春节
    # 山东乡村文化旅游节河东区启动仪式在郑旺镇举行`)
    under_menus = k > 0 and lines[k - 1].kind in ("meta", "marker")
    return (
        k < _TOP_LINES
        and nxt is not None
        and nxt.kind == "meta"
        and _YEAR_ALONE.search(nxt.text) is not None
        and ("," in text or "，" in text or under_menus)
        and lines[k].width <= (60 if under_menus else 30)
        and not _SENTENCE_MARKS.search(text)
        and text.count(",") + text.count("，") <= 2
        and not dateline_at(text)
        and not list_item(text)
    )


def _is_crumbs(text: str) -> bool:
    """True for a site's breadcrumb without its label (`网易首页 > 网易号 > 正文`)."""
    return "首页" in text[:10] and _CRUMBS.match(text) is not None


def _introduced(before: list[Line]) -> bool:
    """True when the line before is a numbered heading or ends with `:` (`二、报名时间`): what
    follows is its content, not a headline."""
    if not before or before[-1].kind != "body":
        return False
    prev = before[-1].text
    heading = len(prev) <= 16 and list_item(prev) is not None and not _has_colon(prev)
    return prev[-1] in ":：" or heading


def _wraps_into(line: Line, nxt: Line) -> bool:
    """True when a headline-looking line is the first line of a wrapped paragraph: a date broken
    across the break, or a line exactly as wide as the body line after it."""
    if _date_broken(line.text) and _DATE_CONTINUED.match(nxt.text):
        return True
    if _char_is(nxt.text, 0, _NEVER_FIRST):
        return True
    same_column = abs(line.width - nxt.width) <= 1 and line.width >= 12
    bare = _unquoted(line.text)
    if "," in bare or "，" in bare:
        # `中秋期间,公园将在南门举办` over `灯光秀。`: a sentence wrapped, not two phrases
        ends = nxt.width < line.width and nxt.text.rstrip()[-1:] in ("。", "!", "?", "！", "？")
        return same_column or ends
    return same_column and bool(_TITLE_BREAKERS.search(nxt.text))


def _is_title(text: str, width: float, page_width: float, first: bool = False) -> bool:
    """True for a headline: short, no sentence punctuation (the text's first line may be long:
    the headline of a web notice)."""
    if width > (60 if first else 40) or (not first and width > 0.8 * page_width and width > 24):
        return False
    bare = _unquoted(text)
    breaker = _TITLE_BREAKERS.search(bare)
    if (
        breaker and not (first and (_headline_colon(bare, breaker) or _headline_comma(bare, width)))
    ) or _DATE_ONLY.match(text):
        return False
    if _MASTHEAD.fullmatch(text) or _BYLINE_LINE.match(text):
        return False
    if dateline_at(text) or list_item(text) or text[0] in _BULLET_MARKS:
        return False
    if text.startswith(_GOES_ON_WORDS):
        return False  # `将于10月2日—8日隆重举行` under `…中秋民俗文化周`: a line broken short
    if _SPACED_FIELD.match(text):
        return False  # `日期 *9月15日至10月8日`: a field, its label set off by a space
    if not first and _ends_day_weekday(text):
        return False  # `清明節 4月 5日 星期四`: a table's row, a name then its day
    dated = _LEADING_DATE.match(text)
    # `9月18日我市将试鸣防空警报` opening the text is its headline; `4月29日 开幕式` is a row
    return dated is None or (first and not text[dated.end() : dated.end() + 1].isspace())


# a field of when or where, its label set off by a space instead of a colon (`日期 *9月15日至
# 10月8日`, `开放时间 上午10时至晚上10时`)
_SPACED_FIELD: Final = rx.compile(
    r"\s*[\u4e00-\u9fff]{0,4}(?:日期|时间|地点)\s+(?=[*＊\d即今明本每上下周星早晚中凌])"
)


def _unquoted(text: str) -> str:
    """Return a headline without its quoted names, whose marks are no breaks
    (`【群众文化活动】“村村有好戏,回家过大年”2024春节…`)."""
    return _QUOTED_NAME.sub("", text) if "“" in text else text


def _headline_comma(text: str, width: float) -> bool:
    """True when the page's first line is a short headline of two phrases (`国庆期间,昆明大观
    公园有菊花展`, `今日开幕!灯会庙市在公园升级重启`): one comma or exclamation mark inside, no
    other punctuation."""
    parts = re.split(r"[,，!！]", text.strip())
    return (
        width <= 36
        and len(parts) == 2
        and all(len(p) >= 2 and not _TITLE_BREAKERS.search(p) for p in parts)
        and not _MINUTE_SAID.search(parts[0])  # `8月31日上午9時28分,第二十八屆青島`: a lead
    )


# a clock time to the minute, which no headline's phrase states
_MINUTE_SAID: Final = rx.compile(r"\d{1,2}(?:[时時点點]\d{1,2}分|:\d{2})")


def _headline_colon(text: str, breaker: re.Match[str]) -> bool:
    """True when the page's first line is a headline in spite of its colon: `鱼农桥街道:乡村
    道路升级` (a place, then the news), not a notice's field (`时间:4月1日`) or a sentence."""
    at = breaker.start()
    if text[at] not in ":：" or _TITLE_BREAKERS.search(text, at + 1):
        return False
    label, news = text[:at].lstrip("【】[] "), text[at + 1 :].strip()
    return bool(label and news) and field_role(label) is None and not news[0].isdigit()


# an HTML tag (a line break when it ends a block: `</p>`, `<br/>`) and an entity
_TAG: Final = rx.compile(
    r"<(?:/?(?P<block>p|div|li|tr|h[1-6]|table|section)\b|br\b|/?(?:span|strong|b|i|em|font|a|td|"
    r"th|img|tbody|thead|u|sup|sub)\b|!--)[^<>]{0,400}>",
    re.IGNORECASE,
)
_ENTITY: Final = rx.compile(r"&(?:nbsp|amp|lt|gt|quot|ldquo|rdquo|mdash|hellip|#\d{2,5});")
# the spaces before an outline's item (`… 二、活动地点:…`), by its number
_OUTLINE_NUMBERS: Final = "一二三四五六七八九十"
_ITEM_GAPS: Final = {n: rx.compile(rf"[ \t\u3000]+(?={n}、)") for n in _OUTLINE_NUMBERS}
# one cell of a table copied a line at a time: `宣城市三级联赛 |`, `|` (an empty cell)
_CELL_LINE: Final = rx.compile(r"[^|]{0,60}\|")
_HEADER_CELL: Final = rx.compile(r"[\u4e00-\u9fff()()]{2,8}")
_DATE_HEADER: Final = rx.compile(r"时间|日期|月份")
# a bare table's header: a date column's label alone on its line (`时  间`), and the labels a
# table's columns take (what, when, where, who)
_BARE_DATE_HEADER: Final = rx.compile(r"\n[ \t]*(?:[\u4e00-\u9fff]{2})?(?:时\s*间|日\s*期)[ \t]*\n")


def _has_bare_date_header(text: str) -> bool:
    """True when ``text`` holds a match of _BARE_DATE_HEADER. The regex is tried only at the
    line break before each `间` and `期` that ends one (back over the `\\s*` to its `时` or `日`:
    no line break stands between that and the match's start); a search tries it after every
    line break of the page (~18 µs a page, against ~3 µs)."""
    for last in ("间", "期"):
        at = text.find(last)
        while at != -1:
            first = at - 1
            while first >= 0 and text[first].isspace():
                first -= 1
            start = text.rfind("\n", 0, max(first, 0))
            if start != -1 and _BARE_DATE_HEADER.match(text, start) is not None:
                return True
            at = text.find(last, at + 1)
    return False


_BARE_HEADER: Final = rx.compile(
    r"(?:活动|演出|赛事|项目|课程|考试|报名)?(?:时间|日期|地点|地址|场地|名称|内容|主题|项目|单位|主办|承办"
    r"|组织单位|主办单位|承办单位|备注|序号|对象|形式)"
)
_NAME_HEAD_CELL: Final = rx.compile(r"名称|内容|主题|项目")
# (a row's day or days alone on a line: `4月21日`, `4月20-21日`)
_ROW_DAY_ALONE: Final = rx.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*(?:[-—–~至到]\s*\d{1,2}\s*)?日")
_ROW_HOURS: Final = rx.compile(r"\d{1,2}\s*[:：]\s*\d{2}|全天|上午|下午|晚上")
_ROW_DATE: Final = rx.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
# spaces beside a character that is not ASCII: dropped from a title
SPACE_BY_CJK: Final = rx.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])")


def _is_table_row(text: str) -> bool:
    """True for a row of a table, cells between `|` (`2 | 职工乒乓球比赛 | 5月 |`)."""
    return "|" in text and _TABLE_ROW.search(text) is not None


# a line ending with a day and its weekday (`…5月24日 星期四`, `…1月1日(星期一)`)
_ENDS_DAY_WEEKDAY: Final = rx.compile(
    r"日\s*[(（]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][)）]?\s*$"
)


def _ends_day_weekday(text: str) -> bool:
    """True when ``text`` ends with a day and its weekday (_ENDS_DAY_WEEKDAY in its last 12
    characters). Its `日` looked for first: compiled, str.find is a few times cheaper than a
    regex call, and most lines (every line of a page is tested) hold none there."""
    start = max(0, len(text) - 12)
    return text.find("日", start) != -1 and _ENDS_DAY_WEEKDAY.search(text, start) is not None


def _continues(prev: Line, line: Line, page_width: float) -> bool:
    """True when ``prev`` is hard-wrapped into ``line``: it fills its column, ends no sentence."""
    if prev.kind != "body" or line.kind not in ("body", "title"):
        return False
    if _is_table_row(prev.text) or _file_name_end(prev.text):
        return False
    text = line.text
    before = prev.text
    if _char_is(text, 0, _BULLET) and text[:2] in _BULLETED and before[:2] == text[:2]:
        return False  # `- …邻里情2025-05-29` / `- …专项检查2025-05-29`: a list's items
    if text[:1].isdigit() and ISO_DAY.match(text) and ISO_DAY.match(before):
        return False  # `2025-09-18十二连跌!…` / `2025-09-15年度爆款…`: a list's items
    if text[:1].isdigit() and _STAMP.fullmatch(text):
        return False  # `…鹤上镇东平村部分区域(专)` / `2022.8.29`: the next item's day
    # `4月14日至24` / `日,…`: a date broken over two lines; and typesetting never starts a
    # line with `,` or `。`. Either is a wrap whatever the widths.
    # (the last character tested here first: most lines end in none of _date_broken's cases)
    forced = (
        _char_is(text, 0, _NEVER_FIRST)
        or (
            # `1月22日(星期` / `日)、2月4日…`: a weekday note broken in its bracket
            _char_is(before, -1, _WEEKDAY_CUT)
            and _char_is(text, 0, _WEEKDAY_NUMBER)
            and _WEEKDAY_OPEN.search(before, len(before) - 3) is not None
        )
        or (
            (_char_is(before, -1, _DATE_CUT) or before[-1].isdigit())
            # a table row's number (`1` / `3月1日`), not a month cut off its unit (`10` / `月26日`)
            and not (len(before) <= 3 and before.isdigit() and text[0].isdigit())
            and _date_broken(before)
            and _DATE_CONTINUED.match(text) is not None
            and not _month_overflows(before, text)
            # after `2023年`/`4月` only a month or a day goes on (`1月` over a table's next row
            # `2 | 乒乓球比赛` is two rows)
            and (before[-1] not in "年月" or _UNIT_NEXT.match(text) is not None)
        )
    )
    if not forced:
        width = prev.width
        if width < 0.8 * line.width or width < 0.5 * page_width:
            return False
        if (":" in before or "：" in before) and FIELD.match(before) and width < 0.9 * page_width:
            return False  # `咨询电话:…` ends its line unless the line is full
        end = before.rstrip(_CLOSERS)
        if not end or _char_is(end, -1, _ENDS_LINE) or len(before) < 6:
            return False
        if _ends_day_weekday(before) and _ends_day_weekday(text):
            return False  # `勞動節 5月 1日 星期二` / `佛誕 5月24日 星期四`: a table's dated rows
    head = text[:24]  # (_starts_item's cheap tests first, to save the call on most lines)
    if (
        "讯" in head
        or "电" in head
        or ":" in head
        or "：" in head
        or _char_is(text, 0, _ITEM_OPENER)
    ) and _starts_item(text):
        return False
    # `4月29日 开幕式` / `4月30日 非遗体验`: items of a dated list
    if forced or not (before[0].isdigit() and text[0].isdigit()):
        return True
    return not (_LEADING_DATE.match(before) and _LEADING_DATE.match(text))


def _file_name_end(text: str) -> bool:
    """True when ``text`` ends with an image file's name (`微信图片_20250720.png`): the
    extension's dot looked for first, as most lines hold none."""
    start = max(0, len(text) - 5)
    return text.find(".", start) != -1 and _FILE_NAME_END.search(text, start) is not None


def _starts_item(text: str) -> bool:
    """True when a line opens a new item: a dateline, a `label:` field or a numbered item.
    Cheap character tests first: most lines are none of these."""
    head = text[:24]
    if dateline_at(text):
        return True
    if (":" in head or "：" in head) and _has_colon(head) and FIELD.match(text):
        return True
    return _char_is(text, 0, _ITEM_OPENER) and LIST_ITEM.match(text) is not None


def _has_colon(text: str) -> bool:
    head = text[:12]
    return ":" in head or "：" in head


def _month_overflows(before: str, text: str) -> bool:
    """True when the digits ending ``before`` and the month opening ``text`` make no month
    (`- +1` over `10月29日…`: a font button's digit, then a date of its own)."""
    month = _MONTH_OPENS.match(text)
    if month is None:
        return False
    digits = _ENDING_DIGITS.search(before)
    return digits is not None and int(digits.group() + month["m"]) > 12


def _date_broken(text: str) -> bool:
    """True when ``text`` ends inside a date: `…24`, `…4月`, `…2023年`, `…至`, `…7:`."""
    last = text[-1]
    if last.isdigit() and _CLOCK_ENDS.search(text, len(text) - 6):
        return False  # a whole clock time (`安排如下:下午13:00-16:00` over `5月9日…`)
    if last.isdigit() or last in "至到—-~":
        return True
    if last in ":：" and len(text) > 1 and text[-2].isdigit():
        return True  # a clock broken after its colon: `…由7:` / `00至21:00`
    return last in "年月" and len(text) > 1 and text[-2].isdigit()


# A block is a run of lines of one kind: ("title", [lines]), ("body", [paragraphs]), ("marker", …)
Block = tuple[str, list[list[Line]]]


def _blocks(lines: list[Line]) -> list[Block]:
    """Return the page as blocks: title runs, paragraphs of body text, markers."""
    blocks: list[Block] = []
    for line in lines:
        kind = line.kind
        if kind == "title":
            if blocks and blocks[-1][0] == "title":
                blocks[-1][1].append([line])
            else:
                blocks.append(("title", [[line]]))
        elif kind == "marker":
            blocks.append(("marker", [[line]]))
        elif blocks and blocks[-1][0] == "body":
            if line.wrapped:
                blocks[-1][1][-1].append(line)
            else:
                blocks[-1][1].append([line])
        else:
            blocks.append(("body", [[line]]))
    return blocks


@dataclass(slots=True)
class _Draft:
    paragraphs: list[list[Line]]
    titles: list[Line] = field(default_factory=list)
    lead: str = ""  # the story's first characters, which a headline restates


def _stories(blocks: list[Block]) -> list[Story]:
    drafts: list[_Draft] = []
    heads: list[tuple[Line, _Draft | None]] = []  # title lines and the story right after them
    pending: list[Line] = []  # title lines waiting for the story that follows
    open_draft: _Draft | None = None
    for n, (kind, items) in enumerate(blocks):
        nxt = blocks[n + 1][0] if n + 1 < len(blocks) else None
        if kind == "marker":
            if _CONTINUED_FROM.match(items[0][0].text):
                open_draft = None
            elif _is_crumbs(items[0][0].text):
                heads.extend((t, None) for t in pending)  # a site's menus, no headline
                pending = []
            continue
        if kind == "title":
            run = [t[0] for t in items]
            for t in run:
                t.run = n
            if nxt != "body":
                heads.extend((t, None) for t in pending + run)
                pending = []
                continue
            subhead = (
                len(run) == 1
                and not pending
                and open_draft is not None
                and blocks[n - 1][0] == "body"
                and not dateline_at(blocks[n + 1][1][0][0].text)
            )
            if subhead and open_draft is not None:
                open_draft.paragraphs.append(run)
                continue
            pending += run
            open_draft = None
            continue
        for para in items:
            if open_draft is None or dateline_at(para[0].text):
                open_draft = _Draft([])
                heads.extend((t, open_draft) for t in pending)
                pending = []
                drafts.append(open_draft)
            open_draft.paragraphs.append(para)
    heads.extend((t, None) for t in pending)
    _assign_titles(drafts, heads)
    return [_story(d) for d in drafts]


_ADJACENT: Final = 0.45  # what standing right above a story is worth, in shared-bigram share
_MATCH: Final = 0.4
_LEAD_CHARS: Final = 160  # a headline restates its story's lead


def _assign_titles(drafts: list[_Draft], heads: list[tuple[Line, _Draft | None]]) -> None:
    """Give each title line to its story: the one right after it unless another story shares
    clearly more of its character pairs; a title standing alone goes to the untitled story
    that matches it best. A line that matches nothing follows its neighbour in the same run
    (a kicker above its headline)."""
    if not heads or not drafts:
        return
    for d in drafts:
        lead = "".join(ln.text for p in d.paragraphs[:3] for ln in p)
        d.lead = lead[:_LEAD_CHARS]
    owner: list[_Draft | None] = [None] * len(heads)
    for i, (line, adjacent) in enumerate(heads):
        if adjacent is not None:
            owner[i] = _best(line, drafts, adjacent)
    taken = {id(d) for d in owner if d is not None}
    untitled = [d for d in drafts if id(d) not in taken]
    for i, (line, adjacent) in enumerate(heads):
        if adjacent is None and untitled:
            owner[i] = _best(line, untitled, None)
    for i in range(len(heads) - 1, -1, -1):  # kickers: take the owner of the line below
        if owner[i] is None and i + 1 < len(heads) and _same_run(heads[i][0], heads[i + 1][0]):
            owner[i] = owner[i + 1]
    for (line, _), found in zip(heads, owner, strict=True):
        if found is not None:
            found.titles.append(line)
    for d in drafts:
        d.titles.sort(key=lambda t: t.start)


def _same_run(a: Line, b: Line) -> bool:
    return b.run == a.run


def _best(line: Line, drafts: list[_Draft], adjacent: _Draft | None) -> _Draft | None:
    grams = bigrams(line.text)
    if not grams:
        return adjacent
    best, best_score = None, 0.0
    for d in drafts:
        # shared character pairs: a pair is among the lead's pairs iff it occurs in the lead
        # (substring tests: cheaper than building the lead's set of pairs, and than testing
        # each pair's first character first, most of which the lead holds)
        lead = d.lead
        shared = sum(1 for g in grams if g in lead)
        score = shared / len(grams) + (_ADJACENT if d is adjacent else 0.0)
        if score > best_score:
            best, best_score = d, score
    return best if best_score >= _MATCH else None


# how many lines of a headline a story's text may open with before its dateline
_HEADLINE_LINES: Final = 3


def _headline_like(text: str) -> bool:
    """True when ``text`` (a story's first lines) may be its headline: short lines, no sentence."""
    return all(0 < len(line) <= 30 for line in text.split("\n")[:-1]) and not any(
        c in _SENTENCE_END for c in text
    )


def _story(draft: _Draft) -> Story:
    text, smap, starts = join_lines(
        [[(line.text, line.start) for line in para] for para in draft.paragraphs]
    )
    title, spans = _title_text(draft.titles)
    m = dateline_at(text)
    lead_start, lead_end = 0, m.end() if m else 0
    for k in starts[1:_HEADLINE_LINES]:
        if m is not None or not _headline_like(text[:k]):
            break
        # (`永定:热闹迎新春 文化过大年` / `古竹乡首届篮球赛` / `文明风2月15日讯(…)`: a headline
        # and its subtitle read as the story's first lines, its dateline under them)
        m = dateline_at(text[k:])
        lead_start, lead_end = (k, k + m.end()) if m else (0, 0)
    if m is None and draft.paragraphs:
        # (a byline is told by the spaces after its names, which the joined text has lost)
        first = draft.paragraphs[0][0].text
        byline = _BYLINE_LEAD.match(first) if first.startswith(_BYLINE_OPENINGS) else None
        if byline:
            lead_end = len(_SPACES.sub("", first[: byline.end()]))
        reported = _REPORTED_BY.match(text)
        if reported:
            lead_end = reported.end()  # `山西日报记者曹秀娟报道:2020第二届…`
    elif (reported := _REPORTED_BY.match(text, lead_end)) is not None:
        lead_end = reported.end()  # `大江网/大江新闻客户端讯 江西日报全媒体记者…报道:今年暑假,…`
    return Story(
        title=title,
        text=text,
        source_map=smap,
        dateline=dateline_words(m) if m else None,
        dateline_end=lead_end,
        dateline_start=lead_start,
        title_spans=spans,
        paragraph_starts=tuple(starts),
    )


# a web page's headline ending with its site's name (`…今日开幕展期共6天-新浪吉林`, `…_凤凰网`)
_SITE_AFTER_TITLE: Final = rx.compile(
    r"\s*[-_|—–]\s*(?:(?:新浪|网易|搜狐|腾讯|凤凰)[\u4e00-\u9fff]{0,4}"
    r"|[\u4e00-\u9fff]{2,8}(?:网|在线|新闻网|频道|客户端))\s*$"
)


def _title_text(flat: list[Line]) -> tuple[str | None, tuple[tuple[int, int], ...]]:
    if not flat:
        return None, ()
    parts: list[str] = []
    for k, line in enumerate(flat):
        # (a line's text is stripped: only one holding two words can hold a space to drop)
        text = line.text
        piece = SPACE_BY_CJK.sub("", text) if len(text.split()) > 1 else text
        # Two lines that each read as a whole headline (kicker + title) keep a space between.
        if k and flat[k - 1].width >= 10 and line.width >= 10:
            parts.append(" ")
        parts.append(piece)
    title = "".join(parts)
    return _SITE_AFTER_TITLE.sub("", title) or title, tuple((ln.start, ln.end) for ln in flat)
