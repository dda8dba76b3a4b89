"""Deadlines out to an iCalendar (.ics) file for a phone or Outlook (the ``icalendar`` package).

Each deadline is an all-day event on its day; a month milestone spans its whole month. The UID is
stable (the deadline's id in this office's file), so importing the file again updates events
instead of doubling them.
"""

from __future__ import annotations

import datetime as dt

from thiduadesk.domain.schedule import KIND_LABELS_VI, SOURCE_LABELS_VI, Deadline, due_first_day, due_last_day

PRODID = "-//ThiDuaDesk//Lich han//VI"


def deadlines_ics(deadlines: list[Deadline], *, calendar_name: str = "Lịch hạn thi đua, khen thưởng",
                  stamp: dt.datetime | None = None) -> bytes:
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", calendar_name)
    stamp = stamp or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    for d in deadlines:
        ev = Event()
        ev.add("uid", f"deadline-{d.id}@thiduadesk")
        ev.add("dtstamp", stamp)
        ev.add("summary", d.title)
        ev.add("dtstart", due_first_day(d.due))
        ev.add("dtend", due_last_day(d.due) + dt.timedelta(days=1))  # all-day: the day after
        desc = [f"Loại: {KIND_LABELS_VI.get(d.kind, d.kind)}", f"Nguồn: {SOURCE_LABELS_VI.get(d.source, d.source)}"]
        if d.note:
            desc.append(d.note)
        ev.add("description", "\n".join(desc))
        ev.add("categories", [KIND_LABELS_VI.get(d.kind, d.kind)])
        cal.add_component(ev)
    return cal.to_ical()


def read_ics(data: bytes) -> list[dict]:
    """The events of an .ics file as {uid, summary, start, end} (tests, and a check after export)."""
    from icalendar import Calendar

    out = []
    for ev in Calendar.from_ical(data).walk("VEVENT"):
        out.append({
            "uid": str(ev.get("uid")),
            "summary": str(ev.get("summary")),
            "start": ev.decoded("dtstart"),
            "end": ev.decoded("dtend"),
        })
    return out
