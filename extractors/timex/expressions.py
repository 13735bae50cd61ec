"""The reader: combines tokens into dated pieces, one expression at a time.

``read_pieces`` walks the tokens left to right; at each token it reads one expression:
an optional lead (即日起, 截至), a point (a date with its weekday note, part of day and clock),
then an optional connector and a second point (a range), then an optional tail (前, 以来, 假期).
Each family of heads is read by the functions of its own module, given the reader.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from .. import rx
from . import clocks, dates, named_days, periods, relative, spans
from . import patterns as P
from .calendars import clamped_date, is_lunar_day, last_day, run_end, solar_to_lunar
from .grammar import (
    _SAID_24,
    DAY,
    MINUTE,
    MONTH,
    YEAR,
    Context,
    Piece,
    Token,
    _named_span,
    _same_day_in_year,
    _same_week_as,
    tokenize,
)
from .numerals import lunar_day, lunar_month, to_int
from .tables import MONTH_PARTS, WEEKDAYS, NamedDay

# the words that make an hour of the afternoon or evening, and what ends a sentence
_AFTERNOON_WORD: Final = rx.compile(r"下午|午后|晚上|晚间|傍晚|夜间|夜里|晚")
# a part of day ending a date: the afternoon (hours 1-6) or the evening (6-11)
_PM_PART: Final = rx.compile(r"(?:(?P<pm>下午|午后)|晚上|晚间|傍晚|夜间|夜里|晚)\Z")
_SENTENCE_BREAK: Final = rx.compile(r"[。!?！？\n]")
# what makes a range no run of dates said (`周一至周五`, `今明两天`, `春节期间`)
_NOT_SAID_RUN: Final = frozenset({"weekday", "relative", "festival", "lunar", "anaphora"})
_NOT_A_MONTH_TO_COME: Final = frozenset({"statistic", "duration", "recurring", "lunar"})
_SET_FOR_BEFORE: Final = rx.compile(r"(?:将|將|定|拟|擬)(?:于|於|在)$")
# what may follow a festival standing beside a date before a range's connector (`小年夜至`)
_APPOSITION_TAIL: Final = rx.compile(r"(?:夜|当天|当日|节)?")
# what happens from a start said with 起, then the connector to its end (`10時起停水至下午3時`,
# `22时起封闭施工至26日6时`); not on to now (`起施工至今`)
_DOING_UNTIL: Final = rx.compile(
    r"起[\u4e00-\u9fff]{1,4}?(?=(?:至|到)(?!今|现在|現在|目前))(?<![的是在将將于於])"
)


def _doing_until(text: str, at: int) -> int:
    """Return where the connector after `起` and what happens from then starts, when ``at`` is
    such a 起 (`10時起停水至下午3時`); ``at`` otherwise."""
    if not text.startswith("起", at):
        return at
    m = _DOING_UNTIL.match(text, at)
    return m.end() if m else at


# a short aside in brackets between a range's first day and its connector (`10月10日(学生为9月1日)
# 至3月10日`): the range goes on past it (not a gloss restating the day: `本周六(2月21日)至…`)
_ASIDE: Final = rx.compile(
    r"[(（](?![\d一二三四五六七八九十〇零廿初正腊农阴星周礼])[^()（）\n]{1,24}[)）]"
)


class Reader:
    """The state of one reading (text, tokens, context) and the expression grammar."""

    def __init__(self, text: str, tokens: list[Token], ctx: Context) -> None:
        self.text = text
        self.toks = tokens
        self.ctx = ctx

    # -- small helpers
    def _adjacent(self, i: int, pos: int, kinds: tuple[str, ...]) -> bool:
        return i < len(self.toks) and self.toks[i].start == pos and self.toks[i].kind in kinds

    def read(self) -> list[Piece]:
        out: list[Piece] = []
        carried = False  # (whether the last piece took its afternoon from the one before)
        i = 0
        while i < len(self.toks):
            piece, j = self.expression(i)
            if out and piece is not None and _weekday_of_the_run(out[-1], piece, self.text):
                piece = None
            if piece is not None:
                if out:
                    year = piece.first.year
                    _same_week_as(out[-1], piece, self.text)
                    # (`今晚(7日)9時20分`: the clock is of the evening the bracket glosses)
                    said = (
                        out[-2]
                        if len(out) > 1 and _glosses(out[-2], out[-1], self.text)
                        else out[-1]
                    )
                    carried = _afternoon_as(said, piece, self.text, carried)
                    _after_the_one_before(out[-1], piece, self.text, self.ctx.ref)
                    _year_of_the_one_before(out[-1], piece, self.text)
                    _glossed_by_date(out[-1], piece, self.text)
                    _festival_of_its_day(out[-1], piece)
                    _days_of_its_festival(out[-1], piece, self.text, self.ctx.ref)
                    if piece.more and piece.first.year != year:
                        # `明年4月…,分別是4月9日、11日以及12日`: the list's other days move with
                        # its first
                        k = piece.first.year - year
                        piece.more = [
                            (_years_later(a, k), _years_later(b, k)) for a, b in piece.more
                        ]
                out.append(piece)
                if "lunar" in piece.flags or "lunar_noted" in piece.flags:
                    self.ctx.lunar = solar_to_lunar(piece.last)
                    self.ctx.lunar_said = piece.first
                # 11月15日、22日、29日下午2时30分: every day of the list at the time (and its
                # slot: 12月24日、31日16时至次日凌晨2时, each night on to the next morning)
                t0 = piece.t0 if piece.precision == MINUTE else None
                t1 = (piece.t1 or t0) if piece.precision == MINUTE else None
                night = dt.timedelta(days=1 if t0 and t1 and t1 < t0 else 0)
                for first, last in piece.more:
                    flags = piece.flags | {"range"} if first < last else piece.flags - {"range"}
                    precision = piece.precision
                    out.append(
                        Piece(piece.start, piece.end, first, last + night, precision, flags, t0, t1)
                    )
                if piece.precision in (DAY, MINUTE) and not ({"duration", "now"} & piece.flags):
                    self.ctx.last = piece.first
                    self.ctx.last_end = piece.end
                    self.ctx.last_named = "festival" in piece.flags
                    if "m" in piece.stated and piece.flags.isdisjoint(_NOT_SAID_RUN):
                        self.ctx.said_day, self.ctx.said_end = piece.first, piece.end
                        if "range" in piece.flags:
                            self.ctx.last_run = (piece.first, piece.last)
                elif (
                    piece.precision == MONTH
                    and piece.first.month == piece.last.month
                    and piece.first > self.ctx.ref
                    and piece.flags.isdisjoint(_NOT_A_MONTH_TO_COME)
                    and _SET_FOR_BEFORE.search(self.text, max(0, piece.start - 3), piece.start)
                ):
                    # `将于8月在山东日照举办的…大会…,大会将于19日开幕` in a July paper: the days
                    # said after a month to come are its days
                    self.ctx.last_run = (piece.first, piece.last)
            i = max(j, i + 1)
        return out

    # -- expression := [lead] point [conn point] [tail]
    def expression(self, i: int) -> tuple[Piece | None, int]:
        tok = self.toks[i]
        ref = self.ctx.ref
        if tok.kind == "pub":
            j = i + 1
            if self._adjacent(
                j, tok.end, ("date", "numeric", "fest", "rel", "day", "mrange", "offset", "ypart")
            ):
                # 即日起至4月30日, 公告发布之日起20日内, 即日起至年底
                end_piece, k = self.point(j, base=ref)
                if end_piece is not None and end_piece.last >= ref:
                    t1 = end_piece.t1 or end_piece.t0
                    # (`即日起-2月26日18:00-21:00`: a daily slot, from the first evening on)
                    t0 = end_piece.t0 if end_piece.t1 is not None else (0, 0)
                    piece = Piece(
                        tok.start,
                        end_piece.end,
                        ref,
                        end_piece.last,
                        MINUTE if t1 else DAY,
                        {"since_publication", "range", "deadline"}
                        | (end_piece.flags - {"relative", "duration"})
                        | ({"daily"} if end_piece.t1 is not None else set()),
                        t0 if t1 else None,
                        t1,
                    )
                    return self.tail(piece, k)
            piece = Piece(tok.start, tok.end, ref, ref, DAY, {"since_publication", "relative"})
            # (`从即日起安排一个月时间`, `即日起,为期三天`)
            if (
                not _lasting(piece, self.text, tok.end)
                and (held := P.HELD_FOR.match(self.text, tok.end)) is not None
                and (last := run_end(ref, held["n"], held["u"])) is not None
            ):
                # `今日起在東涌社區會堂舉行一連兩日的招聘會`: held that long, where said between
                piece.last = last
                piece.flags.add("range")
            return piece, i + 1
        found, j = self.point(i)
        if found is None:
            return None, j
        piece = found
        since = P.match_after(P.SINCE_AFTER, P.OPENS_SINCE, self.text, piece.end) or (
            P.match_after(P.START_AFTER, P.OPENS_START, self.text, piece.end)
            if self.text[piece.start - 1 : piece.start] in ("从", "自")
            else None
        )
        # (`从8月26日开始至9月30日`: a range whose first day says it opens it)
        doing = _doing_until(self.text, since.end() - 1) if since is not None else -1
        closed = since is not None and (
            P.match_after(P.CONN, P.OPENS_CONN, self.text, since.end()) is not None
            or doing > since.end()
        )
        if since and not closed and piece.first <= ref and piece.last < ref:
            piece.last, piece.end, piece.t1 = ref, since.end(), None
            piece.flags |= {"range", "since"}
            if piece.precision != MINUTE or piece.t0 is None:
                piece.precision = DAY  # (`自10月4日17时起`: from that hour on)
            _lasting(piece, self.text, piece.end)
            return self.tail(piece, self._skip(j, piece.end))
        # range: point conn point (past a festival naming the first day: 2月3日小年夜至2月19日)
        at = max(since.end(), doing) if since and closed else piece.end
        if piece.precision == DAY and self._adjacent(j, at, ("fest",)):
            tail = _APPOSITION_TAIL.match(self.text, self.toks[j].end)
            if tail is not None and P.match_after(P.CONN, P.OPENS_CONN, self.text, tail.end()):
                at, j = tail.end(), j + 1
        aside = _ASIDE.match(self.text, at)
        if aside is not None and P.match_after(P.CONN, P.OPENS_CONN, self.text, aside.end()):
            at = aside.end()  # `2017年10月10日(大中专、技校学生为9月1日)至2018年3月10日`
        conn = P.match_after(P.CONN, P.OPENS_CONN, self.text, at) or P.match_after(
            P.CONN, P.OPENS_CONN, self.text, _doing_until(self.text, at)
        )
        if conn and conn.end() > conn.start():
            k_conn: int | None = self._token_at(j, conn.end())
            if k_conn is None:
                k_conn = self._retokenize(j, conn.end())
            if k_conn is not None and conn.group() in ("和", "与"):
                k_conn = k_conn if self._between_follows(k_conn) else None
            if k_conn is not None:
                second, k2 = self.point(k_conn, base=piece.first, base_piece=piece)
                if second is not None and self.text[piece.start - 1 : piece.start] in _OPENS_CLAUSE:
                    _clock_before_day(piece, second)
                if second is not None:
                    _bare_start_in_its_ends_month(piece, second)
                if second is not None and second.last >= piece.first:
                    if "y" not in piece.stated and "y" in second.stated:
                        _start_within_a_year(piece, second.last, ref)
                    piece = self._join(piece, second)
                    j = k2
                    if conn.group().endswith(_NEXT_YEAR) and piece.last.year == piece.first.year:
                        # 10月8日至次年10月8日
                        piece.last = _same_day_in_year(piece.last, piece.last.year + 1)
                elif "lunar" in piece.flags:
                    _lunar_day_end(piece, self.text, conn.end())  # 正月十三至十七
                    j = self._skip(j, piece.end)
            elif "lunar" in piece.flags:
                _lunar_day_end(piece, self.text, conn.end())
            elif "month_part" in piece.flags:
                _month_part_end(piece, self.text, conn.end())
            elif tok.kind == "numeric" and tok.match["y"] and piece.t0 is None:
                _bare_day_end(piece, self.text, conn.end())  # 2017.12.9-10
        elif conn is None and "lunar" in piece.flags and self.text.startswith("、", piece.end):
            # 正月十四、十五; 大年初一、初二、初三: the lunar days listed after it, one run
            while self.text.startswith("、", piece.end):
                end = piece.end
                _lunar_day_end(piece, self.text, end + 1, most=1)
                if piece.end == end:
                    break
                j = self._skip(j, piece.end)
        elif conn is None and P.match_after(P.SINCE_AFTER, P.OPENS_SINCE, self.text, piece.end):
            m = P.match_after(P.SINCE_AFTER, P.OPENS_SINCE, self.text, piece.end)
            assert m is not None
            if piece.first <= ref:
                piece.last, piece.end, piece.t1 = ref, m.end(), None
                piece.flags |= {"range", "statistic"}
                piece.precision = DAY
        return self.tail(piece, j)

    def _between_follows(self, k: int) -> bool:
        """True when the point at token k ends in 之间/间: 10月和5月间, 4点和9点之间."""
        probe, _ = Reader(
            self.text, list(self.toks), Context(self.ctx.ref, self.ctx.now, self.text)
        ).point(k)
        return probe is not None and self.text.startswith(("之间", "间", "之間", "間"), probe.end)

    def _retokenize(self, j: int, pos: int) -> int | None:
        """A numeric date or clock right after a connector that the scan missed (1999.08-2002.02)."""  # noqa: E501
        for kind, pattern in (("numeric", P.NUMERIC_BODY), ("date", P.DATE)):
            m = pattern.match(self.text, pos)
            if m is not None and m.end() > pos:
                tok = Token(kind, pos, m.end(), m)
                k = self._skip(j, pos)
                self.toks.insert(k, tok)
                # drop tokens now covered
                while k + 1 < len(self.toks) and self.toks[k + 1].start < tok.end:
                    del self.toks[k + 1]
                return k
        return None

    def _token_at(self, j: int, pos: int) -> int | None:
        while j < len(self.toks) and self.toks[j].start < pos:
            j += 1
        if j < len(self.toks) and self.toks[j].start == pos:
            return j
        return None

    def _join(self, a: Piece, b: Piece) -> Piece:
        flags = (a.flags | b.flags | {"range"}) - {"part_of_day"}
        if a.precision == b.precision:
            precision = a.precision
        else:
            precision = MINUTE if MINUTE in (a.precision, b.precision) else DAY
        t0, t1 = a.t0, b.t1 or b.t0
        if a.t0 is None and b.t0 is not None:
            overnight = b.t1 is not None and b.t1 < b.t0 and (b.last - b.first).days == 1
            if b.t1 is not None and (b.first == b.last or overnight):
                # 4月22日—23日 9:00-16:00: a daily time over the range (`7月20日至7月24日晚上
                # 22时至次日6时`: a nightly slot, the last night's closing the next morning)
                t0, t1 = b.t0, b.t1
                flags.add("daily")
            else:
                t0 = (0, 0)  # 4月14日至30日17:00: from the start of the first day
        if a.more:
            # `2月15日、19日—23日`: the run ends the list's last item (the 15th, then 19-23)
            if a.first == a.last:
                flags.discard("range")
            if a.t0 is None and b.t0 is not None and b.t1 is None:
                t0 = t1 = b.t0  # (`1月9日、10日、14日—18日夜间10:00`: each listed day's time)
            more = [*a.more[:-1], (a.more[-1][0], b.last)]
            return Piece(a.start, b.end, a.first, a.last, precision, flags, t0, t1, a.stated, more)
        return Piece(a.start, b.end, a.first, b.last, precision, flags, t0, t1, a.stated)

    def tail(self, piece: Piece, j: int) -> tuple[Piece, int]:
        text = self.text
        before = text[max(0, piece.start - 4) : piece.start]
        if "截" in before and (lead := P.STAT_BEFORE.search(before)) is not None:
            # `截至4月底,共接待…` counts; `报名截至8月20日` closes a window
            # (`截至28日市民可参与网络投票`: a window still open); `截止` counts only opening
            # its clause on a day gone by or today (`截止今天上午11时,已有…`), else it closes
            # (`报名截止5月31日`, `截止5月31日,逾期不予受理`)
            at = piece.start - len(before) + lead.start()
            counts = (
                (
                    lead.group() == "截至"
                    or piece.last <= self.ctx.ref
                    and (not at or P.CLAUSE_CUT.match(text, at - 1) is not None)
                )
                and not P.WINDOW_BEFORE.search(text, max(0, piece.start - 8), piece.start)
                and not (piece.last >= self.ctx.ref and P.MAY_UNTIL.match(text, piece.end))
            )
            piece.flags.add("statistic" if counts else "deadline")
        # daily time over a range: 9月17日至10月17日，每天10:00至17:00
        if piece.first != piece.last and piece.t0 is None:
            daily = P.DAILY.match(text, piece.end)
            if daily is not None:
                k = self._token_at(j, daily.end())
                if k is not None and self.toks[k].kind in ("clock", "part"):
                    times, k2 = clocks.times(self, k)
                    if times is not None and times[0] is not None:
                        piece.end = self.toks[k2 - 1].end
                        # `每日20时起`: the hour each day opens, none it closes
                        opens = (
                            P.match_after(P.START_AFTER, P.OPENS_START, text, piece.end) is not None
                        )
                        piece.t0, piece.t1 = times[0], times[1] or (None if opens else times[0])
                        if piece.t1 is not None and piece.t1[0] == 24:
                            piece.t1 = (23, 59)  # `每日16时至24时`: each day's last minute
                        _weekly_within(piece, daily.group())
                        if piece.t1 is not None and piece.t1 < piece.t0:
                            # `每日23时至次日5时`: the last night's slot closes the next morning
                            piece.last += dt.timedelta(days=1)
                        piece.precision = MINUTE
                        piece.flags.add("daily")
                        j = k2
        if text.startswith(("电", "讯", "電", "訊"), piece.end):
            piece.flags.add("dateline")  # 新华社北京7月7日电, 本报杭州11月19日讯
        elif text.startswith(("获悉", "獲悉", "了解到", "消息"), piece.end) or (
            "记者" in text[max(0, piece.start - 4) : piece.start]
            and text.startswith("从", piece.end)
        ):
            piece.flags.add("reporting")  # 记者12日获悉
        # (every form opens with 每, looked for first: most days have none before them)
        if text.find("每", max(0, piece.start - 6), piece.start) != -1 and P.EVERY_BEFORE.search(
            text, max(0, piece.start - 6), piece.start
        ):
            piece.flags.add("recurring")  # 每月15日, 每年的5月1日, 每年古历的六月初六
        ahead = text[piece.end : piece.end + 60]
        # (记者 and 笔者 share 者, looked for first: most days have neither after them)
        if "reporting" not in piece.flags and "者" in ahead:
            # 23日，记者从区文旅局获悉; 27日,海口网(微信号:…)记者从…新闻通气会了解到 (the clause
            # after the day's, however long its source)
            clause = P.CLAUSE_CUT.split(ahead.lstrip(",，"), 1)[0]
            reporter = "记者" in clause or "笔者" in clause  # (`11月8日,笔者从…获悉`)
            if reporter and any(w in clause for w in ("获悉", "了解到", "得知")):
                piece.flags.add("reporting")
        if "part" in piece.flags and text[piece.end - 1 : piece.end] == "内":
            piece.flags.add("deadline")  # 年内完成
        dl = P.match_after(P.DEADLINE_AFTER, P.OPENS_DEADLINE, text, piece.end)
        if dl:
            piece.flags.add("deadline")
            piece.end = dl.end()
        elif start := P.match_after(
            P.START_AFTER,
            P.OPENS_START,
            text,
            piece.end + _gloss_closed(text, piece),
        ):
            # (`今天(10月29日)起一連9天`: from the day a bracket glosses too)
            piece.flags.add("from")
            if "range" not in piece.flags and _lasting(piece, text, start.end()):
                j = self._skip(j, piece.end)
        elif (
            "from" in piece.flags
            and "range" not in piece.flags
            and text[piece.end - 1 : piece.end] == "起"
            and _lasting(piece, text, piece.end)
        ):
            j = self._skip(j, piece.end)  # `今起一連兩天`: news shorthand's start, then its length
        elif (
            "range" not in piece.flags
            and piece.precision == DAY
            and text[piece.start - 1 : piece.start] not in P.LISTED_WITH
            and (held := P.HELD_FOR.match(text, piece.end)) is not None
            and (last := run_end(piece.first, held["n"], held["u"])) is not None
        ):
            # `第5届金门书展将于14日在金城中学体育馆举行5天`: the run from that day (not from a
            # day listed last: `二月十一日(星期六)及二月十二日(星期日)举行为期两天的开放日`)
            piece.last = last
            piece.flags.add("range")
        return piece, j

    # -- point := head [weekday note] [part of day] [clock]
    def point(
        self, i: int, base: dt.date | None = None, base_piece: Piece | None = None
    ) -> tuple[Piece | None, int]:
        tok = self.toks[i]
        kind = tok.kind
        piece: Piece | None
        j = i + 1
        if kind in ("clock", "part"):
            day = base_piece.last if base_piece is not None else self.ctx.ref
            # (the day just said, then closed in brackets: `下周一(20日) 上午9时起`)
            after_day = (
                base_piece is None
                and self.ctx.last is not None
                and P.BRACKET_CLOSED.fullmatch(self.text, self.ctx.last_end, tok.start) is not None
            )
            if after_day and self.ctx.last is not None:
                day = self.ctx.last
            piece = Piece(tok.start, tok.start, day, day, DAY, set(), stated="")
            if base_piece is not None or after_day:
                piece.flags.add("same_day")
            j = i
        elif kind == "date":
            # (a lunar run's end in words is lunar too, placed on its own: `农历二月二到三月三`)
            lunar_run = base_piece is not None and "lunar" in base_piece.flags
            piece, j = dates.date(self, i, None if lunar_run else base)
        elif kind == "day":
            piece = dates.day_only(self, tok, base)
        elif kind == "chu":
            piece = dates.lunar_day_alone(self, tok, base_piece)
        elif kind == "numeric":
            piece = dates.numeric(self, tok, base)
        elif kind == "mrange":
            piece = periods.month_range(self, tok)
            if piece is not None:
                j = self._skip(j, piece.end)  # (its last month's part: `9月至11月中旬`)
        elif kind == "yrange":
            piece = periods.year_range(self, tok)
        elif kind == "decade":
            piece = periods.decade(self, tok)
        elif kind == "fest":
            piece, j = named_days.festival(self, tok, None, i, base=base)
        elif kind == "quarter":
            piece = periods.quarter(self, tok)
        elif kind == "ypart":
            piece = periods.year_part_alone(self, tok, self.ctx.ref.year)
        elif kind == "rel":
            piece, j = relative.relative(self, i, base)
        elif kind == "offset":
            piece = spans.offset(self, tok)
        elif kind == "now" and not self.ctx.now_given:
            piece = Piece(tok.start, tok.end, self.ctx.ref, self.ctx.ref, DAY, {"relative", "now"})
        elif kind == "now":
            now = self.ctx.now
            piece = Piece(
                tok.start,
                tok.end,
                now.date(),
                now.date(),
                MINUTE,
                {"relative", "now"},
                (now.hour, now.minute),
                (now.hour, now.minute),
            )
        else:
            piece = None
        if piece is None:
            return None, i + 1
        if piece.precision in (YEAR, MONTH):
            piece, j = periods.first_last(self, piece, j)
        if (
            kind == "numeric"
            and "festival" in piece.flags
            and self._adjacent(j, piece.end, ("fest",))
        ):
            named, k = named_days.festival(self, self.toks[j], piece.first.year, j)
            if named is not None and named.first == piece.first:
                piece.end, j = named.end, k
                piece.flags |= named.flags
        # 2009年10月12号，星期一 / 4月14日（星期五）: the weekday confirms the date
        if piece.precision == DAY:
            _year_of_weekday(piece, self.text)
            _year_of_lunar_note(piece, self.text)
            shifted = _DAY_NEXT_TO.match(self.text, piece.end)
            if shifted is not None and piece.first == piece.last and "festival" not in piece.flags:
                # `12月10日投票日的前一天`: the day before it (`…的第二天`: after)
                step = -1 if shifted["w"].startswith("前") else 1
                piece.first = piece.last = piece.first + dt.timedelta(days=step)
                piece.end, j = shifted.end(), self._skip(j, shifted.end())
            # (the longest: `(星期六,农历八月初九)` is one note, not `(星期六` and the rest)
            lunar_note = P.match_after(P.LUNAR_NOTE, P.OPENS_NOTE, self.text, piece.end)
            if lunar_note is not None:
                piece.flags.add("lunar_noted")  # (its lunar month is the text's: `初五` after)
            notes = [
                m
                for m in (
                    P.match_after(P.WEEKDAY_NOTE, P.OPENS_WEEKDAY, self.text, piece.end),
                    lunar_note,
                    P.match_after(
                        P.WEEKDAY_IN_NOTE, P.OPENS_NOTE, self.text, piece.end
                    ),  # （农历除夕、周二）
                )
                if m is not None
            ]
            note = max(notes, key=lambda m: m.end()) if notes else None
            said = None if note else P.match_after(P.NAME_NOTE, P.OPENS_NOTE, self.text, piece.end)
            festival = P.FESTIVAL_NAMES.get(said["w"].removesuffix("夜")) if said else None
            if note:
                piece.end = note.end()
                j = self._skip(j, piece.end)
            elif said and festival is not None:
                # `2月19日(元宵节)`: the day glossed by its festival, one mention, in the year
                # the festival falls on it; `2024年2月9日(除夕)17时`: its clock after the note;
                # `2月3日(小年夜)`: its night, as Taiwan names the day before New Year's Eve
                _year_of_festival_note(piece, festival)
                piece.end, j = said.end(), self._skip(j, said.end())
            elif (
                piece.first == piece.last
                and (fest := P.FESTIVAL_AFTER.match(self.text, piece.end)) is not None
                and fest["f"]
            ):
                # `10月9日重阳节当日` in a March paper: the day the festival after it names, in
                # the year it falls on it (2016's, not the coming one); the festival follows it
                # there (_festival_of_its_day)
                _year_of_festival_note(piece, P.FESTIVAL_NAMES[fest["f"]])
            if (
                # (after its note too: `5月1日(下周一)的9:00~17:00`)
                self.text.startswith("的", piece.end)
                and j < len(self.toks)
                and self.toks[j].start == piece.end + 1
                and self.toks[j].kind == "clock"
            ):
                piece.end += 1  # `8日的9时至11时30分`: the day's hours
        # part of day and clock
        if piece.precision in (DAY,) or kind in ("clock", "part"):
            if (
                j < len(self.toks)
                and self.toks[j].start == piece.end
                and self.toks[j].kind in ("clock", "part")
            ):
                times, j2 = clocks.times(self, j)
                if times is not None:
                    t0, t1, pod, end = times
                    if (
                        t0 is not None
                        and pod is None
                        and "festival" in piece.flags
                        and self.text[piece.end - 1 : piece.end] == "夜"
                        and 1 <= t0[0] < 12
                    ):
                        # `除夕夜9时`, `平安夜8点至10点`: the night's hours (the end too, unless
                        # it is the next morning's)
                        if t1 is not None and t0[0] <= t1[0] < 12:
                            t1 = (t1[0] + 12, t1[1])
                        t0 = (t0[0] + 12, t0[1])
                    if t0 is not None:
                        first, last = piece.first, piece.last
                        said_24 = _SAID_24.match(self.text, piece.end, end) is not None
                        if (
                            t0[0] == 24
                            and t1 is None
                            and said_24
                            and not P.match_after(P.START_AFTER, P.OPENS_START, self.text, end)
                            # (`7月20日24:00—9月20日24:00`: a run's start, the next day's 0:00)
                            and not _OPENS_RANGE.match(self.text, end)
                        ):
                            t0 = (23, 59)  # 2月17日24时前: the last minute of the 17th
                        elif t0[0] == 24:
                            t0 = (0, t0[1])  # 3月1日24时起: from the start of the 2nd
                            first += dt.timedelta(days=1)
                            last = max(last, first)
                        if t1 is not None and t1[0] == 24 and said_24:
                            t1 = (23, 59)  # 9时至24时: the day's last minute
                        elif t1 is not None and t1[0] == 24:
                            t1 = (0, t1[1])  # 晚8点到夜里12点半
                            last += dt.timedelta(days=1)
                        elif t1 is not None and t1 < t0:
                            # 下午5:00到凌晨3:00; a run's last night too (4月1日至3日22时至6时)
                            last += dt.timedelta(days=1)
                        multi_day = piece.first != piece.last
                        if multi_day and t1 is None and "list" in piece.flags:
                            t1 = t0  # 2月17日、18日下午2点半: each listed day at that time
                        elif multi_day and t1 is None and pod and t0 >= (18, 0):
                            # 2月6日至10日晚上7时30分,淮剧…上演: each evening's hour, a show's
                            t1 = t0
                            piece.flags.add("daily")
                        elif (
                            multi_day and t1 is None and not (t0 == (0, 0) and first > piece.first)
                        ):
                            t0, t1 = (0, 0), t0  # 4月14日至30日17:00: the time ends the range
                        elif multi_day and t1 is not None:
                            piece.flags.add("daily")  # 4月22日—23日 9:00-16:00
                        piece.first, piece.last = first, last
                        piece.t0, piece.t1 = t0, t1
                        piece.precision = MINUTE
                        if t1 is not None:
                            piece.flags.add("range")
                    else:
                        piece.flags.add("part_of_day")
                    if pod:
                        piece.flags.add("part_of_day")
                    piece.end = end
                    j = j2
        if kind in ("clock", "part") and piece.end == piece.start:
            return None, i + 1
        if kind in ("clock", "part"):
            piece.flags.add("clock_only" if piece.t0 else "part_of_day")
        return piece, j

    def _free(self, j: int, pos: int) -> bool:
        """True when no kept token starts before pos from token j on (a suffix may be consumed)."""
        return True

    def _skip(self, j: int, pos: int) -> int:
        while j < len(self.toks) and self.toks[j].start < pos:
            j += 1
        return j


def _weekday_of_the_run(run: Piece, piece: Piece, text: str) -> bool:
    """Take into a run of days a weekday said in the bracket after them that names its last day:
    `3月17、18日(星期五上午8時至下午4時、星期六上午8時至中午12時)`, the Saturday's hours end
    the run (not a Saturday of the paper's week). Return whether the run took it."""
    if (
        "weekday" not in piece.flags
        or "relative" in piece.flags
        or piece.first != piece.last
        or not 0 < (run.last - run.first).days < 7
        or run.last.weekday() != piece.first.weekday()
    ):
        return False
    opened = max(text.rfind("(", run.start, piece.start), text.rfind("（", run.start, piece.start))
    if opened < 0 or P.BRACKET_CLOSED.search(text, opened, piece.start):
        return False
    if piece.precision == MINUTE and run.precision == MINUTE:
        run.t1 = piece.t1 or piece.t0
    run.end = piece.end
    return True


# what may stand before a clause's first word (a clock time there says no day of its own)
_OPENS_CLAUSE: Final = ("", ",", "，", ";", "；", "。", ":", "：", "\n")


def _clock_before_day(piece: Piece, second: Piece) -> None:
    """Put a clock time opening its clause on the day of the dated clock time it runs to, or
    the day before when its hour is later (`…,22时起至11月5日13时`: from 22:00 on the 4th; not
    `下周一(20日) 上午9時起至…`, the day said just before it)."""
    if (
        "clock_only" not in piece.flags
        or "clock_only" in second.flags
        or "relative" in second.flags  # (`2点-明天4点`: from today, the day said is the end's)
        or piece.t0 is None
        or second.t0 is None
        or second.first != second.last
    ):
        return
    day = second.first if piece.t0 <= second.t0 else second.first - dt.timedelta(days=1)
    piece.first = piece.last = day
    piece.flags.discard("clock_only")


def read_pieces(text: str, ref: dt.date, now: dt.datetime, now_given: bool = False) -> list[Piece]:
    """Return the pieces of compacted text in order."""
    tokens = tokenize(text)
    if not tokens:
        return []
    return Reader(text, tokens, Context(ref, now, text, now_given=now_given)).read()


def _bare_start_in_its_ends_month(start: Piece, end: Piece) -> None:
    """Move a bare day opening a run into its end's month, or the month before, when the end
    says its month and was put over a month and a year on to follow it (`从25日起到2月9日` in an
    8 February paper: 25 January to 9 February, not 25 February to the next year's 9 February)."""
    if start.stated != "d" or "m" not in end.stated or "y" in end.stated or start.more:
        return
    if end.first != end.last or end.first.year != start.first.year + 1:
        return
    if (end.first - start.first).days <= 31:
        return  # (`28日至1月5日` in a 20 December paper: on into the new year)
    close = _same_day_in_year(end.first, start.first.year)
    month = close.month if start.first.day <= close.day else close.month - 1
    year = close.year - (month == 0)
    try:
        opens = dt.date(year, month or 12, start.first.day)
    except ValueError:
        return
    start.first = start.last = opens
    end.first = end.last = close


def _start_within_a_year(start: Piece, end: dt.date, ref: dt.date) -> None:
    """Move a year-less start a year on when its end's year leaves it more than a year before.

    `9月9日至明年5月10日` in a January paper: the show opens this September, not last; the
    start stays where it was when a year on would leave the year about the paper.
    """
    later = _same_day_in_year(start.first, start.first.year + 1)
    if (
        not start.more
        and (end - start.first).days > 366
        and later <= end
        and abs((later - ref).days) <= 366
    ):
        span = start.last - start.first
        start.first, start.last = later, later + span


def _afternoon_as(prev: Piece, piece: Piece, text: str, carried: bool) -> bool:
    """Give a bare clock time the afternoon or evening of the one said just before it in the
    sentence (`每晚8时、8时45分`, `下午3:30召开…;4:00召开…,4:50召开…`): 8时45分 is 20:45.
    Only when that one's hour came from a word (`晚`, `下午`) or was itself ``carried`` so,
    not from a 24-hour clock. Return whether the piece took it."""
    if (
        "clock_only" not in piece.flags
        or piece.t0 is None
        or not 1 <= piece.t0[0] < 12
        or piece.start - prev.end > 30
        or _SENTENCE_BREAK.search(text, prev.end, piece.start)
    ):
        return False
    if prev.t0 is None:
        # 6月7日下午数学科目考试,2:30考生开始入场: the day's afternoon, at an afternoon hour
        part = _PM_PART.search(text, prev.start, prev.end) if "part_of_day" in prev.flags else None
        if part is None or piece.t0[0] not in (range(1, 7) if part["pm"] else range(6, 12)):
            return False
    elif (
        not 12 <= prev.t0[0] < 24
        or piece.t0[0] + 12 < prev.t0[0]
        or not (carried or _AFTERNOON_WORD.search(text, prev.start, prev.end))
    ):
        return False
    piece.t0 = (piece.t0[0] + 12, piece.t0[1])
    if piece.t1 is not None and piece.t1[0] < 12:
        piece.t1 = (piece.t1[0] + 12, piece.t1[1])
    return True


# days a note leaves out of a run, or a rule in it (`不含周六、日`, `节假日除外`, `每周一闭馆`,
# `周一休息`)
_LEFT_OUT: Final = rx.compile(r"不含|不包括|除|逢|每|休息|休馆|休館|闭馆|閉館|公休")


# a weekday said right after a day without brackets (`1月1日星期一`, `5月1日，星期二`; not the
# first of a run of weekdays, `4月17日至5月7日，星期一至星期五限行`)
_BARE_WEEKDAY: Final = rx.compile(
    r"[,，]?(?:周|週|星期|礼拜|禮拜)(?P<w>[一二三四五六日天])(?![、至到\-—~一二三四五六日天])"
)


def _year_of_weekday(piece: Piece, text: str) -> None:
    """Move a year-less day to the adjacent year its weekday note names: a November paper's
    `5月31日(周六)` is 2025's, not 2024's Friday (the weekday settles what nearness guessed)."""
    note = P.match_after(P.WEEKDAY_IN_NOTE, P.OPENS_NOTE, text, piece.end) or _BARE_WEEKDAY.match(
        text, piece.end
    )
    if (
        note is None
        or "y" in piece.stated
        or "relative" in piece.flags
        or "anaphora" in piece.flags
    ):
        return
    if _LEFT_OUT.search(note.group()):
        return  # `8月23日至28日(不含周六、日)`: days left out, no weekday of the date
    want = WEEKDAYS[note["w"]]
    if piece.first.weekday() == want:
        return
    for first, last in _years_on(piece, (1, -1)):
        if first.weekday() == want:
            piece.first, piece.last = first, last
            return


def _years_later(day: dt.date, k: int) -> dt.date:
    """Return ``day`` k years on (29 February in a common year: the 28th)."""
    return clamped_date(day.year + k, day.month, day.day)


def _years_on(piece: Piece, offsets: tuple[int, ...]) -> list[tuple[dt.date, dt.date]]:
    """Return ``piece``'s days moved by each number of years in turn (none for a 29 February
    the year has not)."""
    out = []
    for k in offsets:
        try:
            out.append(
                (
                    piece.first.replace(year=piece.first.year + k),
                    piece.last.replace(year=piece.last.year + k),
                )
            )
        except ValueError:
            continue
    return out


# what joins a range's two ends, after a point and before one
_OPENS_RANGE: Final = rx.compile(rf"\s*{P.SEP}")
_CLOSES_RANGE: Final = rx.compile(rf"{P.SEP}\s*$")

# the first lunar day a note after a solar date names (`2月24日(正月十五)`, `(农历八月十五)`,
# `(大年初一)`)
_LUNAR_NOTED: Final = rx.compile(
    rf"[（(](?:农历|阴历)?(?:(?P<ny>大年)|(?P<m>{P.MONTH})月)(?P<d>{P.CN_DAY})(?![\d日])"
)


def _year_of_lunar_note(piece: Piece, text: str) -> None:
    """Move a year-less day to the year, at most two away, where it is the lunar day its note
    names: a 2026 page's `2月24日(正月十五)` is 2024's Lantern Festival (the note settles what
    nearness guessed; `1月20日(腊月二十)` is of the lunar year before)."""
    note = P.match_after(_LUNAR_NOTED, P.OPENS_NOTE, text, piece.end)
    if (
        note is None
        or "y" in piece.stated
        or "relative" in piece.flags
        or "anaphora" in piece.flags
    ):
        return
    if _CLOSES_RANGE.search(text, max(0, piece.start - 4), piece.start):
        return  # (`4月21日至4月26日(农历三月二十四日至二十九日)`: the note of the run)
    month = 1 if note["ny"] else lunar_month(note["m"])
    day = lunar_day(note["d"])
    if not month or not day:
        return
    for first, last in _years_on(piece, (0, -1, 1, -2, 2)):
        if is_lunar_day(first, month, day):
            piece.first, piece.last = first, last
            piece.flags.add("noted")
            return


# how far back a year-less day may be read, after a day still to come in its sentence, before
# the same day a year on is taken instead (`世园会4月28日开幕,10月22日闭幕` in April)
_FAR_BACK: Final = dt.timedelta(days=120)


def _after_the_one_before(before: Piece, piece: Piece, text: str, ref: dt.date) -> None:
    """Move a year-less day read far in the past to the next year when a day still to come
    precedes it in its sentence and the next year's is after that one (`本届世园会自4月28日开幕
    至10月22日结束` in an April paper: this October, not last)."""
    if (
        "y" in piece.stated
        or piece.precision != DAY
        or "relative" in piece.flags
        or "anaphora" in piece.flags
        or "festival" in piece.flags
        or before.first < ref
        or piece.last >= ref - _FAR_BACK
        or piece.start - before.end > 40
        or any(c in text[before.end : piece.start] for c in "。!?！？\n")
    ):
        return
    moved = _years_on(piece, (1,))
    if moved and moved[0][0] >= before.first:
        piece.first, piece.last = moved[0]


# a year in four digits (`2011年`), as a day said with its year has it
_FULL_YEAR: Final = rx.compile(r"(?:19|20)\d{2}\s*年")


def _year_of_the_one_before(before: Piece, piece: Piece, text: str) -> None:
    """Read a year-less day in the year of the day said with its year just before it in its
    sentence, or the year after when it would fall before that day (`定于2011年7月2日…举行…、
    7月3日…举行…` on a page stamped 2015: 2011's 3 July). Neither a run whose end says its own
    year (`11月1日至2007年1月31日`) nor a day after it takes that year so."""
    if _month_listed_after(before, piece, text):
        _move_into_year_of(before, piece)
        return
    if (
        "y" in piece.stated
        or piece.precision not in (DAY, MINUTE)
        or before.precision not in (DAY, MINUTE)
        or "d" not in before.stated
        or "y" not in before.stated
        or piece.flags & _NOT_SAID_RUN
        or before.flags & _NOT_SAID_RUN
        or piece.first.year == before.last.year
        or not _FULL_YEAR.search(text, before.start, before.end)
        or _FULL_YEAR.search(text, piece.start, piece.end)
        or piece.start - before.end > 40
        or any(c in text[before.end : piece.start] for c in "。!?！？\n")
    ):
        return
    _move_into_year_of(before, piece)


# what joins a month listed after another (`2024年6月及7月`)
_MONTHS_JOINED: Final = frozenset({"及", "和", "与", "與", "或", "以及"})


def _month_listed_after(before: Piece, piece: Piece, text: str) -> bool:
    """True when ``piece`` is a year-less month joined to a month said with its year right before
    it (`康文署在2024年6月及7月试行`: July 2024, not the next)."""
    return (
        piece.precision == MONTH == before.precision
        and "y" not in piece.stated
        and "y" in before.stated
        and not piece.flags & _NOT_SAID_RUN
        and text[before.end : piece.start] in _MONTHS_JOINED
    )


def _move_into_year_of(before: Piece, piece: Piece) -> None:
    """Move ``piece`` into the year of ``before``'s end, or the next when it would fall before."""
    for year in (before.last.year, before.last.year + 1):
        moved = [span for span in _years_on(piece, (year - piece.first.year,)) if span]
        if moved and moved[0][0] >= before.last:
            piece.first, piece.last = moved[0]
            return


_ONE_WEEKDAY: Final = rx.compile(r"[,，;；]?每周(?P<w>[一二三四五六日天])")


def _weekly_within(piece: Piece, said: str) -> None:
    """Narrow a range to the first and last of the one weekday said each week in it (`10月每周六
    19:00` → the first to the last Saturday of October)."""
    m = _ONE_WEEKDAY.fullmatch(said)
    if m is None:
        return
    weekday = "一二三四五六日天".index(m["w"]) % 7
    first = piece.first + dt.timedelta(days=(weekday - piece.first.weekday()) % 7)
    last = piece.last - dt.timedelta(days=(piece.last.weekday() - weekday) % 7)
    if first <= last:
        piece.first, piece.last = first, last


# how far a relative day may be from the date glossing it in brackets and still be that day
_GLOSS_OFF: Final = dt.timedelta(days=8)


def _glossed_by_date(before: Piece, piece: Piece, text: str) -> None:
    """Read a relative day or a weekday as the date glossing it in brackets when they differ by
    a week at most (`本周六(2月21日)`, `下周日(3月1日)` in a Sunday paper, the writer's weeks: the
    21st, not yesterday, and March 1st, not next Sunday; `將於周日(18日)開售` in a Sunday paper:
    the 18th, not the paper's day)."""
    if (
        ("relative" in before.flags or "weekday" in before.flags)
        and before.first == before.last
        and piece.first == piece.last
        and not ("relative" in piece.flags or "anaphora" in piece.flags)
        and _glosses(before, piece, text)
        and before.first != piece.first
        and abs(before.first - piece.first) < _GLOSS_OFF
    ):
        before.first = before.last = piece.first


def _glosses(before: Piece, piece: Piece, text: str) -> bool:
    """True when ``piece`` is in brackets right after ``before`` (`本周六(2月21日)`)."""
    return text[before.end : piece.start].strip() in ("(", "（") and text[
        piece.end : piece.end + 1
    ] in (")", "）")


def _festival_of_its_day(before: Piece, piece: Piece) -> None:
    """Date a festival named right after the day it falls on as that day (`10月9日重阳节` in a
    March 2017 paper: 2016's Double Ninth, as the day was read, not the coming one)."""
    if (
        "festival" in piece.flags
        and "noted" in before.flags
        and piece.start == before.end
        and before.first == before.last != piece.first
    ):
        piece.last = before.first + (piece.last - piece.first)
        piece.first = before.first


# a festival's break named as the label of its days (`雙十節連假:10月6日…`)
_BREAK_LABEL: Final = rx.compile(r"(?:连假|連假|假期|长假|長假|小长假|小長假)?\s*[:：]\s*")


def _days_of_its_festival(before: Piece, piece: Piece, text: str, ref: dt.date) -> None:
    """Move a year-less day read far in the past into the year of the festival still to come
    labelling it (`雙十節連假:10月6日…` in a March 2017 paper: this October, the holiday's)."""
    if (
        "festival" not in before.flags
        or before.first < ref
        or piece.last >= ref - _FAR_BACK
        or "y" in piece.stated
        or piece.precision not in (DAY, MINUTE)
        or piece.flags & {"relative", "anaphora", "festival"}
        or _BREAK_LABEL.fullmatch(text, before.end, piece.start) is None
    ):
        return
    moved = _years_on(piece, (1,))
    if moved and abs(moved[0][0] - before.first) < abs(piece.first - before.first):
        piece.first, piece.last = moved[0]


def _year_of_festival_note(piece: Piece, festival: NamedDay) -> None:
    """Move a year-less day to the year, at most one away, where the festival its note names
    falls on it (a December paper's `2月19日(元宵节)` is next year's Lantern Festival)."""
    if "y" in piece.stated or "relative" in piece.flags or "anaphora" in piece.flags:
        return
    for first, last in _years_on(piece, (0, 1, -1)):
        span = _named_span(festival, first.year)
        if span is not None and span[0] == first:
            piece.first, piece.last = first, last
            piece.flags.add("noted")
            return


_NEXT_YEAR: Final = ("次年", "翌年", "第二年")
# the day before or after a day, maybe named between (`12月10日投票日的前一天`)
_DAY_NEXT_TO: Final = rx.compile(
    r"(?:[\u4e00-\u9fff]{0,6}?的)?(?P<w>前一天|前一日|后一天|后一日|第二天)"
)


def _lunar_day_end(piece: Piece, text: str, pos: int, most: int = 29) -> None:
    """End a lunar day (or run) at the bare lunar day after its connector, in the same lunar
    month, at most ``most`` days on (正月初一至初六: the sixth, five days on; 正月十三至十七:
    four days on; 正月十四、十五: listed, the next day)."""
    end = P.BARE_LUNAR_DAY.match(text, pos)
    start = P.LUNAR_DAY_AT_END.search(text, piece.start, piece.end)
    if end is None or start is None or piece.t0 is not None:
        return
    first, last = lunar_day(start["d"]), lunar_day(end["d"])
    if first is None or last is None:
        return
    days = last - first
    if 0 < days <= most:
        piece.last = piece.last + dt.timedelta(days=days)
        piece.end = end.end()
        piece.flags.add("range")


# a later part of the month a run starts in, said alone after its connector (`6月中旬到月底`)
_LATER_PART: Final = rx.compile(r"(?P<p>中下旬|中旬|下旬|月底|月末)")


# a day of the month alone, no unit, clock, decimal or building after it
_BARE_DAY: Final = rx.compile(r"(?P<d>3[01]|[12]\d|0?[1-9])(?![\d.:：/\-时点號号日月年楼栋期])")


def _bare_day_end(piece: Piece, text: str, pos: int) -> None:
    """End a day written in numbers at a later day of its month written alone after its
    connector (`2017.12.9-10`, `2024-06-21至23`)."""
    m = _BARE_DAY.match(text, pos)
    if m is None:
        return
    day = int(m["d"])
    first = piece.first
    if first.day < day <= last_day(first.year, first.month) and piece.first == piece.last:
        piece.last, piece.end = first.replace(day=day), m.end()
        piece.flags.add("range")


def _month_part_end(piece: Piece, text: str, pos: int) -> None:
    """End a part of a month at a later part of that month said alone after its connector
    (`6月中旬到月底`: 06-11 to 06-30; `5月上旬至下旬`: 05-01 to 05-31)."""
    part = _LATER_PART.match(text, pos)
    if part is None:
        return
    y, m = piece.first.year, piece.first.month
    last = dt.date(y, m, MONTH_PARTS[part["p"]][1] or last_day(y, m))
    if last > piece.last:
        piece.last, piece.end = last, part.end()
        piece.flags.add("range")


def _gloss_closed(text: str, piece: Piece) -> int:
    """Return 1 when ``piece`` is a date in brackets right after a day word it glosses
    (`今天(10月29日)`), so what follows its closing bracket is read as following it; else 0."""
    at, end = piece.start, piece.end
    return int(
        text[end : end + 1] in (")", "）")  # (first: most days have no bracket after them)
        and at > 2
        and text[at - 1 : at] in ("(", "（")
        and _DAY_WORD_BEFORE.search(text, max(0, at - 4), at - 1) is not None
    )


_DAY_WORD_BEFORE: Final = rx.compile(
    r"(?:今天|今日|明天|明日|后天|後天|本周.|下周.|星期.|週.|周.)$"
)


def _lasting_hours(piece: Piece, text: str, at: int) -> bool:
    """Extend a run that starts at an hour by the hours it lasts (`31日清晨6时起「连续42小时」
    不收班` ends on the 2nd at midnight); return whether it did."""
    m = P.LASTING_HOURS.match(text, at) if piece.t0 is not None else None
    n = to_int(m["n"]) if m else None
    if m is None or not n or piece.t0 is None:
        return False
    end = dt.datetime.combine(piece.first, dt.time(*piece.t0)) + dt.timedelta(hours=n)
    piece.last, piece.t1 = end.date(), (end.hour, end.minute)
    piece.end = m.end()
    piece.precision = MINUTE
    piece.flags -= {"since", "from"}
    piece.flags.add("range")
    return True


def _lasting(piece: Piece, text: str, at: int) -> bool:
    """Extend a run that starts at ``piece`` by how long it lasts when the text says so at
    ``at`` (`从8月份开始,将持续4个月` runs through November, `5月10日起,为期三天` to the 12th);
    return whether it did."""
    m = P.LASTING.match(text, at)
    last = run_end(piece.first, m["n"], m["u"]) if m else None
    if m is None or last is None:
        return _lasting_hours(piece, text, at)
    piece.last = last
    piece.end = m.end()
    piece.t1 = None
    piece.precision = DAY
    piece.flags -= {"since", "from"}
    piece.flags.add("range")
    return True
