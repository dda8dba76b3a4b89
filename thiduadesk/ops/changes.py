"""One change notification: operations say what they changed, the open views refresh what they show.

An operation publishes a :class:`Change` on the hub of the store it wrote to, after its transaction
committed. The GUI subscribes once per store (``thiduadesk.ui.changes`` turns the callback into a
Qt signal) and every view looks at the areas it shows: the register view refreshes on REGISTER,
the status bar counts on UNITS/PEOPLE, and so on. No view connects to another view's signals.

Like Anki's ``OpChanges`` with its ``handler``: a change carries the ``origin`` that asked for it
(the view that ran the operation, set with :func:`acting`), so that view can skip a refresh it has
already done itself. Several operations run inside :func:`acting` (or :func:`batch`) are announced
as one change when the outermost block ends; nothing is announced if it raises.

Qt-free on purpose: the command line runs the same operations and simply has no subscriber.
"""

from __future__ import annotations

import contextlib
import logging
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

log = logging.getLogger("thiduadesk.ops")

# The areas a change can touch: one per kind of thing a view shows.
UNITS = "units"
PEOPLE = "people"
PLANS = "plans"
PAPERS = "papers"  # letters, submissions, minutes, decisions
REGISTER = "register"
PROFILE = "profile"
SETTINGS = "settings"
BACKUPS = "backups"
DEADLINES = "deadlines"  # deadlines, their ticks, days off
AWARDS = "awards"  # award kinds, nominations, conferred awards
AREAS = frozenset({UNITS, PEOPLE, PLANS, PAPERS, REGISTER, PROFILE, SETTINGS, BACKUPS, DEADLINES, AWARDS})


@dataclass(frozen=True)
class Change:
    """What one operation (or one batch of them) changed.

    ``ids`` maps an area to the ids written in it, when they are known; an area in ``areas`` with
    no ids means "anything in it may have changed". ``origin`` is whoever ran the operation.
    """

    areas: frozenset[str]
    ids: Mapping[str, frozenset[int]] = field(default_factory=dict)
    origin: object | None = None

    def touches(self, *areas: str) -> bool:
        return any(a in self.areas for a in areas)

    def ids_in(self, area: str) -> frozenset[int]:
        return self.ids.get(area, frozenset())

    def merged(self, other: Change) -> Change:
        ids = {a: self.ids_in(a) | other.ids_in(a) for a in set(self.ids) | set(other.ids)}
        return Change(self.areas | other.areas, ids, self.origin if self.origin is not None else other.origin)


Subscriber = Callable[[Change], None]


class ChangeHub:
    """Subscribers of one store's changes, and the batch being collected."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._pending: Change | None = None
        self._depth = 0
        self._origin: object | None = None

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call ``callback(change)`` after each change; returns the function that unsubscribes."""
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._subscribers.remove(callback)

        return unsubscribe

    @property
    def subscriber_count(self) -> int:
        return len(self._subscribers)

    def publish(self, *areas: str, ids: Mapping[str, Iterable[int | None]] | None = None) -> None:
        unknown = set(areas) - AREAS
        if unknown:
            raise ValueError(f"unknown change area(s): {sorted(unknown)}")
        clean = {a: frozenset(i for i in v if i is not None) for a, v in (ids or {}).items()}
        change = Change(frozenset(areas) | frozenset(clean), clean, self._origin)
        if self._depth:
            self._pending = change if self._pending is None else self._pending.merged(change)
            return
        self._deliver(change)

    @contextlib.contextmanager
    def batch(self, origin: object | None = None) -> Iterator[None]:
        """Collect the changes published inside into one; delivered when the outermost block ends
        without an exception (an operation that failed part-way announces nothing)."""
        outer = self._depth == 0
        if outer and origin is not None:
            self._origin = origin
        self._depth += 1
        try:
            yield
        except BaseException:
            if outer:
                self._pending = None
            raise
        finally:
            self._depth -= 1
            if outer:
                self._origin = None
        if outer and self._pending is not None:
            change, self._pending = self._pending, None
            self._deliver(change)

    def _deliver(self, change: Change) -> None:
        for callback in list(self._subscribers):
            callback(change)


_hubs: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def hub(store) -> ChangeHub:
    """The change hub of ``store`` (one per open store, gone with it)."""
    found = _hubs.get(store)
    if found is None:
        found = _hubs[store] = ChangeHub()
    return found


def publish(store, *areas: str, ids: Mapping[str, Iterable[int | None]] | None = None) -> None:
    """Announce that ``areas`` of ``store`` changed (``ids``: which rows, where known)."""
    hub(store).publish(*areas, ids=ids)


def acting(store, origin: object) -> contextlib.AbstractContextManager[None]:
    """Run operations on behalf of ``origin`` (usually the view whose action it is)."""
    return hub(store).batch(origin)


def batch(store) -> contextlib.AbstractContextManager[None]:
    return hub(store).batch()
