"""Merging laptops: session files and consultation databases into one consultation.

The service the CLI and the GUI share:

- ``load_sources(files, progress)``: validate and read every file first (nothing
  is written if any file is refused);
- ``plan_merge(target, files, progress)``: the dry run, a ``MergeReport`` of what
  would change, per venue, with the conflicts; writes nothing;
- ``apply_merge(target, files, progress)``: the same, then writes it all in one
  transaction and moves the target's clock past every incoming stamp;
- ``merge_files(db_path, files, dry_run=…, progress=…)``: opens (or creates) the
  target itself, for a worker thread or the command line.

A file of another consultation (``sync.identity``) is refused with one line naming both
titles, unless ``other_consultation=True``; the report then lists it in
``other_consultations`` (the GUI asks first). Every consultation detail and document text the
merge changes is in ``report.details`` ("hearing URL: OLD → NEW (from laptop X)").

``progress(done, total)`` is called after each file is read and after each
later step. The rules themselves are in ``sync.rules``.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from workshop_app.domain.model import CONSULTATION_ID_KEY
from workshop_app.errors import StoreError, UserError
from workshop_app.store import Store
from workshop_app.store.policy import PLAIN, OpenPolicy
from workshop_app.sync import rules, schema
from workshop_app.sync.identity import (
    DetailChange,
    OtherConsultation,
    detail_changes,
    identity_of,
    other_consultations,
)
from workshop_app.sync.incoming import Snapshot, load_snapshot
from workshop_app.sync.provenance import DEVICE_NAMES_KEY

Progress = Callable[[int, int], None]
Source = str | Path | Snapshot

#: Label of the rows that belong to no venue in the report (themes, topics, settings…).
SHARED = ""


@dataclass
class Counts:
    """What a merge does to one venue's notes (or to one table)."""

    new: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0

    def __bool__(self) -> bool:
        return bool(self.new or self.updated or self.deleted or self.conflicts)


@dataclass(frozen=True)
class Conflict:
    """Two laptops changed the same row differently; ``lost`` goes to the history table."""

    table: str
    row_id: str
    venue: str
    kept: dict[str, Any]
    lost: dict[str, Any]

    @property
    def summary(self) -> str:
        what = "note" if self.table == "notes" else self.table.rstrip("s").replace("_", " ")
        # A setting is named by its whole key (a cut "consulta" would not say which one).
        ident = self.row_id if self.table == schema.SETTINGS else self.row_id[:8]
        return (
            f"{what} {ident}: kept {_describe(self.kept)} from {self.kept['device']}, "
            f"moved {_describe(self.lost)} from {self.lost['device']} to history"
        )


def _describe(row: dict[str, Any]) -> str:
    if row.get("deleted"):
        return "the delete"
    text = row.get("text") or row.get("name") or row.get("value") or row.get("venue") or ""
    text = " ".join(str(text).split())
    return repr(text[:60] + ("…" if len(text) > 60 else ""))


@dataclass(frozen=True)
class SourceInfo:
    """One merged file, as the report shows it."""

    path: str
    kind: str
    device: str
    device_name: str
    created_at: str
    notes: int


@dataclass
class MergeReport:
    """The result of a merge or a dry run."""

    target: str
    dry_run: bool
    sources: list[SourceInfo] = field(default_factory=list)
    #: notes per venue (``SHARED`` never appears here)
    venues: dict[str, Counts] = field(default_factory=dict)
    #: every other table (themes, meetings, groups, topics, summary points, links, settings)
    tables: dict[str, Counts] = field(default_factory=dict)
    #: live duplicates folded into one, per table (same theme name from several laptops…)
    unified: dict[str, int] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    rows_written: int = 0
    #: the latest change stamp that came in: a GUI whose own ``Store`` did not run the merge
    #: calls ``store.clock.observe(report.latest_stamp)`` (or ``catch_up_clock(store)``)
    latest_stamp: str | None = None
    #: things the coordinator should know (a laptop whose clock is far ahead, …)
    warnings: list[str] = field(default_factory=list)
    #: every consultation detail and document text that changes (title, hearing URL, …)
    details: list[DetailChange] = field(default_factory=list)
    #: files of another consultation, merged only because the caller said so
    other_consultations: list[OtherConsultation] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.rows_written > 0

    def totals(self) -> Counts:
        total = Counts()
        for counts in self.venues.values():
            total.new += counts.new
            total.updated += counts.updated
            total.deleted += counts.deleted
            total.conflicts += counts.conflicts
        return total

    def to_dict(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "dry_run": self.dry_run,
            "sources": [asdict(s) for s in self.sources],
            "venues": {k: asdict(v) for k, v in sorted(self.venues.items())},
            "tables": {k: asdict(v) for k, v in self.tables.items() if v},
            "unified": {k: v for k, v in self.unified.items() if v},
            "conflicts": [asdict(c) for c in self.conflicts],
            "rows_written": self.rows_written,
            "latest_stamp": self.latest_stamp,
            "warnings": list(self.warnings),
            "details": [d.to_dict() for d in self.details],
            "other_consultations": [asdict(o) for o in self.other_consultations],
        }

    def lines(self) -> list[str]:
        """The summary printed by ``workshop-app merge``."""
        verb = "would merge" if self.dry_run else "merged"
        out = [f"{verb} {len(self.sources)} file(s) into {self.target}"]
        for s in self.sources:
            who = f"laptop {s.device}" if s.device else "a consultation database"
            if s.device_name:
                who += f" ({s.device_name})"
            out.append(f"  {Path(s.path).name}: {s.kind} from {who}, {s.notes} notes")
        width = max([len("venue"), *(len(v) for v in self.venues)])
        out.append(
            f"{'venue':<{width}}  {'new':>5}  {'updated':>7}  {'deleted':>7}  {'conflicts':>9}"
        )
        for venue in sorted(self.venues):
            c = self.venues[venue]
            out.append(
                f"{venue:<{width}}  {c.new:>5}  {c.updated:>7}  {c.deleted:>7}  {c.conflicts:>9}"
            )
        t = self.totals()
        out.append(
            f"{'total':<{width}}  {t.new:>5}  {t.updated:>7}  {t.deleted:>7}  {t.conflicts:>9}"
        )
        others = [
            f"{table.replace('_', ' ')} +{c.new} ~{c.updated} -{c.deleted}"
            + (f" !{c.conflicts}" if c.conflicts else "")
            for table, c in self.tables.items()
            if c
        ]
        if others:
            out.append("other rows (+new ~updated -deleted !conflicts): " + ", ".join(others))
        unified = [f"{n} {table.replace('_', ' ')}" for table, n in self.unified.items() if n]
        if unified:
            out.append("unified duplicates: " + ", ".join(unified))
        for conflict in self.conflicts:
            out.append("conflict: " + conflict.summary)
        if self.details:
            out.append(
                "consultation details that "
                + ("would change:" if self.dry_run else "changed:")
            )
            out.extend("  " + detail.summary for detail in self.details)
        for other in self.other_consultations:
            out.append("other consultation (merged as asked): " + other.summary)
        for warning in self.warnings:
            out.append("warning: " + warning)
        if self.dry_run:
            out.append("dry run: nothing was written")
        elif not self.changed:
            out.append("nothing new: the database already had all of it")
        return out


# ---------------------------------------------------------------- the service
def load_sources(files: Sequence[Source], progress: Progress | None = None) -> list[Snapshot]:
    """Validate and read every file (all of them before anything is written).

    Files already read (``Snapshot``) are taken as they are, without a progress call, so a
    caller that read them first with its own progress sees the steps only once.
    """
    total = len(files) + 2
    snapshots = []
    for done, item in enumerate(files, start=1):
        if isinstance(item, Snapshot):
            snapshots.append(item)
            continue
        snapshots.append(load_snapshot(item))
        if progress:
            progress(done, total)
    return snapshots


def check_consultation(
    target_store: Store | None, snapshots: Sequence[Snapshot], *, other_consultation: bool
) -> list[OtherConsultation]:
    """The files that belong to another consultation than the target (``None``: a target
    that does not exist yet). Raises ``UserError`` naming both titles unless
    ``other_consultation``."""
    settings: schema.State = {}
    if target_store is not None:
        spec = schema.specs()[schema.SETTINGS]
        rows = target_store.db.execute(spec.select_sql()).fetchall()
        settings = {schema.SETTINGS: {row[0]: tuple(row) for row in rows}}
    target = identity_of(settings)
    others = other_consultations(target, [(str(s.path), s.state) for s in snapshots])
    if others and not other_consultation:
        raise UserError(
            f"{others[0].summary}: nothing was merged (if it really belongs here, "
            "merge again with --other-consultation)"
        )
    return others


def plan_merge(
    target_store: Store,
    files: Sequence[Source],
    progress: Progress | None = None,
    *,
    other_consultation: bool = False,
) -> MergeReport:
    """What merging ``files`` into ``target_store`` would do. Writes nothing."""
    snapshots = load_sources(files, progress)
    others = check_consultation(target_store, snapshots, other_consultation=other_consultation)
    plan = _Plan.compute(target_store, snapshots, dry_run=True)
    plan.report.other_consultations = others
    if progress:
        progress(len(files) + 2, len(files) + 2)
    return plan.report


def apply_merge(
    target_store: Store,
    files: Sequence[Source],
    progress: Progress | None = None,
    *,
    other_consultation: bool = False,
) -> MergeReport:
    """Merge ``files`` into ``target_store`` in one transaction. Returns what was done."""
    snapshots = load_sources(files, progress)
    others = check_consultation(target_store, snapshots, other_consultation=other_consultation)
    from workshop_app.safety.backup import before_merge

    before_merge(target_store)  # a consistent copy of the target first; no backup, no merge
    with _write_transaction(target_store):
        # Read the target inside the write lock, so no change made meanwhile is overwritten.
        plan = _Plan.compute(target_store, snapshots, dry_run=False)
        if progress:
            progress(len(files) + 1, len(files) + 2)
        plan.write(target_store)
    plan.report.other_consultations = others
    if plan.max_stamp:
        target_store.clock.observe(plan.max_stamp)
    if progress:
        progress(len(files) + 2, len(files) + 2)
    return plan.report


def merge_files(
    db_path: str | Path,
    files: Sequence[Source],
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    device: str | None = None,
    other_consultation: bool = False,
    policy: OpenPolicy | None = None,
) -> MergeReport:
    """Merge files into the consultation at ``db_path`` (created if missing, unless a dry run).
    ``policy``: the program's open policy (backups), see ``store.policy``.

    Every file is validated before the target is opened, so a refused file leaves
    the target exactly as it was (not even created).
    """
    from workshop_app.store import database
    from workshop_app.store.connection import Connection
    from workshop_app.sync.session import EXTENSION

    db_path = Path(db_path)
    if db_path.suffix.lower() == EXTENSION:
        raise UserError(
            f"{db_path.name} is a session file: merge it into a consultation database "
            f"(--db NAME.sqlite) instead of into it"
        )
    snapshots = load_sources(files, progress)
    allow = {"other_consultation": other_consultation}
    if not db_path.exists():  # nothing to compare with but the files themselves
        check_consultation(None, snapshots, **allow)
    if dry_run and not db_path.exists():
        db = Connection(sqlite3.connect(":memory:"))
        database.migrate(db, None)
        store = Store(db, None, device or _device())
        report = plan_merge(store, snapshots, progress, **allow)
        store.close()
        report.target = str(db_path)
        return report
    # A consultation created by a merge starts empty: its themes and its identity come from
    # the files, so the result depends on the files only.
    with Store.open(db_path, device=device, seed_themes=False,
                    policy=policy or PLAIN) as store:
        if dry_run:
            return plan_merge(store, snapshots, progress, **allow)
        return apply_merge(store, snapshots, progress, **allow)


def _device() -> str:
    from workshop_app import paths

    return paths.device_id()


# ---------------------------------------------------------------- the computation
@dataclass
class _Plan:
    report: MergeReport
    before: schema.State
    after: schema.State
    history: list[tuple[str, str, str, str, str]]
    device_names: dict[str, str]
    max_stamp: str | None

    @classmethod
    def compute(cls, store: Store, snapshots: list[Snapshot], *, dry_run: bool) -> _Plan:
        before = schema.read_state(store.db)
        fold = rules.Fold({name: dict(rows) for name, rows in before.items()})
        for snapshot in snapshots:
            fold.add(snapshot.state)
        after = fold.state
        unified = rules.unify(after)
        report = MergeReport(
            target=str(store.path) if store.path else ":memory:",
            dry_run=dry_run,
            sources=[
                SourceInfo(
                    path=str(s.path),
                    kind=s.kind,
                    device=s.device,
                    device_name=s.device_name,
                    created_at=s.manifest.created_at if s.manifest else "",
                    notes=s.note_count(),
                )
                for s in snapshots
            ],
            unified={k: v for k, v in unified.folded.items() if v},
        )
        venue_of = _venue_lookup(after, unified)
        _count_changes(report, before, after, venue_of)
        history = _conflicts(store, report, fold, after, unified, venue_of)
        report.rows_written = sum(
            1
            for name, rows in after.items()
            for key, row in rows.items()
            if before[name].get(key) != row
        ) + len(history)
        # Laptop names from the session manifests, for provenance (this laptop only).
        known = dict(store.get_local(DEVICE_NAMES_KEY, {}) or {})
        names = {
            **known,
            **{
                s.device: s.device_name
                for s in snapshots
                if s.device_name and s.device != store.device
            },
        }
        report.details = detail_changes(before, after, names)
        stamps = [s.max_stamp() for s in snapshots]
        report.latest_stamp = max((s for s in stamps if s), default=None)
        report.warnings = _clock_warnings(snapshots, stamps)
        return cls(
            report=report,
            before=before,
            after=after,
            history=history,
            device_names=names if names != known else {},
            max_stamp=max((s for s in stamps if s), default=None),
        )

    def write(self, store: Store) -> None:
        """Write every changed row, the conflict history and the laptop names (in the caller's
        transaction)."""
        store.db.execute("PRAGMA defer_foreign_keys=ON")
        conn = store.db.conn
        for name, spec in schema.specs().items():
            old = self.before[name]
            added = [row for key, row in self.after[name].items() if key not in old]
            changed = [
                row for key, row in self.after[name].items() if key in old and old[key] != row
            ]
            if added:  # a plain INSERT is about twice as fast as an upsert
                cols = ", ".join(f'"{c}"' for c in spec.columns)
                marks = ", ".join("?" for _ in spec.columns)
                conn.executemany(f'INSERT INTO "{name}" ({cols}) VALUES ({marks})', added)
            if changed:
                conn.executemany(_upsert_sql(spec), changed)
        if self.history:
            store.db.conn.executemany(
                "INSERT INTO history (table_name, row_id, row_json, replaced_by, reason) "
                "VALUES (?, ?, ?, ?, ?)",
                self.history,
            )
        if self.device_names:
            store.set_local(DEVICE_NAMES_KEY, self.device_names)


@contextmanager
def _write_transaction(store: Store) -> Iterator[None]:
    """One transaction for the whole merge, holding the write lock from its first read."""
    conn = store.db.conn
    if conn.in_transaction:  # inside a caller's transaction: join it
        with store.transaction():
            yield
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot merge into {store.path or 'the database'}: {exc}") from None
    try:
        yield
        conn.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        conn.rollback()
        raise StoreError(f"cannot merge into {store.path or 'the database'}: {exc}") from None
    except BaseException:
        conn.rollback()
        raise


def catch_up_clock(store: Store) -> None:
    """Move a store's clock past every stamp in its database (after another connection merged
    into it, e.g. ``merge_files`` in a worker thread while the window keeps its own store)."""
    parts = [f'SELECT max(hlc) AS s FROM "{name}"' for name in schema.MERGED_TABLES]
    latest = store.db.execute(f"SELECT max(s) FROM ({' UNION ALL '.join(parts)})").fetchone()[0]
    if latest:
        store.clock.observe(latest)


#: A laptop whose latest change is further ahead of this computer's clock than this is named in
#: the report: its stamps win over everything written here until real time catches up.
CLOCK_AHEAD_WARNING = dt.timedelta(days=1)


def _clock_warnings(snapshots: list[Snapshot], stamps: list[str | None]) -> list[str]:
    from workshop_app.sync.provenance import stamp_time

    now = dt.datetime.now(dt.UTC)
    warnings = []
    for snapshot, stamp in zip(snapshots, stamps, strict=True):
        if stamp and stamp_time(stamp) - now > CLOCK_AHEAD_WARNING:
            days = (stamp_time(stamp) - now).days
            warnings.append(
                f"{snapshot.name} has changes dated {days} days in the future: that laptop's "
                "clock is wrong, and its changes win over later ones made elsewhere until "
                "real time catches up"
            )
    return warnings


def _upsert_sql(spec: schema.TableSpec) -> str:
    cols = ", ".join(f'"{c}"' for c in spec.columns)
    marks = ", ".join("?" for _ in spec.columns)
    sets = ", ".join(f'"{c}" = excluded."{c}"' for c in spec.columns if c != spec.key_column)
    return (
        f'INSERT INTO "{spec.name}" ({cols}) VALUES ({marks}) '
        f'ON CONFLICT("{spec.key_column}") DO UPDATE SET {sets}'
    )


def _venue_lookup(state: schema.State, unified: rules.Unified) -> Callable[[str, tuple], str]:
    """venue_of(table, row): the venue a note, group or meeting belongs to, else SHARED."""
    specs = schema.specs()
    meetings = state["meetings"]
    venue_at = specs["meetings"].index["venue"]

    cache: dict[str, str] = {}

    def venue_at_meeting(meeting_id: str) -> str:
        if meeting_id not in cache:
            meeting = meetings.get(unified.resolve("meetings", meeting_id) or "")
            cache[meeting_id] = " ".join(str(meeting[venue_at]).split()) if meeting else SHARED
        return cache[meeting_id]

    def venue_of(table: str, row: tuple) -> str:
        if table == "meetings":
            return " ".join(str(row[venue_at]).split())
        if table in ("notes", "groups"):
            return venue_at_meeting(row[specs[table].index["meeting_id"]])
        return SHARED

    return venue_of


def _count_changes(
    report: MergeReport,
    before: schema.State,
    after: schema.State,
    venue_of: Callable[[str, tuple], str],
) -> None:
    for name, spec in schema.specs().items():
        deleted, hlc = spec.index["deleted"], spec.index["hlc"]
        notes = name == "notes"
        table_counts = report.tables.setdefault(name, Counts()) if not notes else Counts()
        old_rows = before[name]
        for key, row in after[name].items():
            old = old_rows.get(key)
            if old == row:
                continue
            live, was_live = not row[deleted], old is not None and not old[deleted]
            if live and not was_live:
                field_name = "new"
            elif old is None or old[hlc] == row[hlc]:
                continue  # a tombstone never seen alive here, or a unification rewrite
            elif was_live and not live:
                field_name = "deleted"
            elif live:
                field_name = "updated"
            else:
                continue  # a tombstone replaced by a later tombstone
            if notes:
                counts = report.venues.setdefault(venue_of(name, row), Counts())
            else:
                counts = table_counts
            setattr(counts, field_name, getattr(counts, field_name) + 1)


def _bucket(report: MergeReport, table: str, venue: str) -> Counts:
    if table == "notes":
        return report.venues.setdefault(venue, Counts())
    return report.tables.setdefault(table, Counts())


def _conflicts(
    store: Store,
    report: MergeReport,
    fold: rules.Fold,
    after: schema.State,
    unified: rules.Unified,
    venue_of: Callable[[str, tuple], str],
) -> list[tuple[str, str, str, str, str]]:
    """Real conflicts (two laptops edited a row differently): report them, keep the losers.

    A state-based merge cannot see a common ancestor, so a conflict is when the winning and a
    losing version were both edits (not the creation) made on different laptops and they
    differ in content. A version already kept in the history is not reported again.
    """
    if not fold.losers:
        return []
    kept_before = {
        (t, r, j)
        for t, r, j in store.db.execute(
            "SELECT table_name, row_id, row_json FROM history"
        ).fetchall()
    }
    specs = schema.specs()
    history: list[tuple[str, str, str, str, str]] = []
    for (name, key), losers in sorted(fold.losers.items()):
        if (name, key) == (schema.SETTINGS, CONSULTATION_ID_KEY):
            continue  # not an edit: the identity made first is kept (a detail in the report)
        spec = specs[name]
        winner = after[name][key]
        hlc, device = spec.index["hlc"], spec.index["device"]
        created = spec.index.get("created")
        if created is not None and winner[hlc] == winner[created]:
            continue
        seen: set[str] = set()
        for loser in losers:
            if loser[hlc] in seen or loser[hlc] == winner[hlc]:
                continue
            seen.add(loser[hlc])
            if created is not None and loser[hlc] == loser[created]:
                continue  # the loser is the row as first written: an ordinary update
            if loser[device] == winner[device]:
                continue  # the same laptop changed it again: an ordinary update
            if rules.content(spec, loser, unified) == rules.content(spec, winner, unified):
                continue
            lost = spec.as_dict(loser)
            row_json = json.dumps(lost, ensure_ascii=False, sort_keys=True)
            if (name, str(key), row_json) in kept_before:
                continue
            kept_before.add((name, str(key), row_json))
            venue = venue_of(name, winner)
            report.conflicts.append(Conflict(name, str(key), venue, spec.as_dict(winner), lost))
            _bucket(report, name, venue).conflicts += 1
            history.append(
                (
                    name,
                    str(key),
                    row_json,
                    winner[hlc],
                    f"merge conflict: the later change from {winner[device]} was kept",
                )
            )
    return history
