"""``dicomodel/codes/groups``: one type per context group, for checkers.

``CidNCode`` is the type of the codes of CID N: the constants of ``codes.cidN`` are
declared with it, and a template row whose value set is CID N asks for it (see
:mod:`generator.render.sr_templates`). Inclusion is subtyping: a group that CID N
includes (PS3.16 Section 7.2.1, "Include Context Group") has a type derived from
``CidNCode``, so the codes of ``codes.cidM`` are codes of every group that includes M.
Groups that include each other (circular inclusion, which 7.2.1 allows) have one
membership, so one type: the others are aliases of the smallest number's.

The classes live in the stub (``groups.pyi``) only. At run time every name is
:class:`dicomodel.coding.Code` itself: membership is checked by validation, and a
code a group does not list is made one of its codes explicitly by building it with
the group's type: ``Cid7021Code("99LOCAL", "1", "Local report")`` is a ``Code`` at run
time and a ``Cid7021Code`` to checkers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from generator.errors import GeneratorError
from generator.ir.codes import ContextGroup
from generator.ir.standard import Standard
from generator.naming.literals import docstring
from generator.render.files import RenderedFile, render

TEMPLATE = "dicomodel/codes/groups.py.jinja2"
GROUPS_MODULE = "groups"


def type_name(cid: int) -> str:
    """CID 7021 -> ``"Cid7021Code"``."""
    return f"Cid{cid}Code"


@dataclass(frozen=True, slots=True)
class GroupType:
    """One line (and docstring) of ``groups.pyi``: a class, or an alias of one."""

    name: str
    bases: tuple[str, ...]
    alias_of: str | None
    docstring: str


def _components(includes: Mapping[int, tuple[int, ...]]) -> dict[int, int]:
    """Each group -> the smallest CID of its strongly connected component (Tarjan)."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    stack: list[int] = []
    on_stack: set[int] = set()
    found: dict[int, int] = {}
    counter = 0
    for start in sorted(includes):
        if start in index:
            continue
        work: list[tuple[int, Iterable[int]]] = [(start, iter(includes[start]))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(iter(children), None)
            if child is not None:
                if child not in includes:
                    continue
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(includes[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                members = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    members.append(member)
                    if member == node:
                        break
                for member in members:
                    found[member] = min(members)
    return found


def group_types(groups: Iterable[ContextGroup]) -> list[GroupType]:
    """The classes and aliases of ``groups.pyi``, each class after its bases.

    A class's bases are the groups that include it directly, less those that already
    include it through another base (so that no base derives from another), listed
    subclass-first in one order for every class (so that Python's C3 method resolution
    order exists; :func:`check_resolution` proves it).
    """
    by_cid = {group.cid: group for group in groups}
    includes = {cid: tuple(sorted(set(group.includes))) for cid, group in by_cid.items()}
    component = _components(includes)
    # The condensed graph: representative -> representatives it includes.
    down: dict[int, set[int]] = {rep: set() for rep in set(component.values())}
    for cid, included in includes.items():
        for other in included:
            if other in component and component[other] != component[cid]:
                down[component[cid]].add(component[other])
    up: dict[int, set[int]] = {rep: set() for rep in down}
    for rep, included_reps in down.items():
        for other in included_reps:
            up[other].add(rep)
    ancestors: dict[int, frozenset[int]] = {}

    def ancestors_of(rep: int) -> frozenset[int]:
        if rep not in ancestors:
            found: set[int] = set()
            pending = list(up[rep])
            while pending:
                other = pending.pop()
                if other not in found:
                    found.add(other)
                    pending.extend(up[other])
            ancestors[rep] = frozenset(found)
        return ancestors[rep]

    # Includers first: a class is defined after the classes it derives from.
    order: list[int] = []
    placed: set[int] = set()
    for rep in sorted(down):
        pending = [rep]
        while pending:
            node = pending[-1]
            waiting = sorted(other for other in up[node] if other not in placed)
            if waiting:
                pending.append(waiting[0])
                continue
            pending.pop()
            if node not in placed:
                placed.add(node)
                order.append(node)
    position = {rep: i for i, rep in enumerate(order)}
    types: list[GroupType] = []
    for rep in order:
        direct = up[rep]
        bases = [b for b in direct if not any(b in ancestors_of(o) for o in direct if o != b)]
        bases.sort(key=lambda b: -position[b])
        group = by_cid[rep]
        text = f"A code of CID {rep} {group.name}"
        if group.includes:
            text += " (with the codes of the groups it includes)"
        text += "."
        names = tuple(type_name(b) for b in bases) or ("_Code",)
        types.append(GroupType(type_name(rep), names, None, docstring(text)))
    for cid in sorted(component):
        rep = component[cid]
        if rep != cid:
            text = f"A code of CID {cid}, which includes CID {rep} and is included by it."
            types.append(GroupType(type_name(cid), (), type_name(rep), docstring(text)))
    return types


def check_resolution(types: Iterable[GroupType]) -> None:
    """Build the classes for real: a base order without a C3 resolution fails the build."""
    built: dict[str, type] = {"_Code": object}
    for group_type in types:
        if group_type.alias_of is not None:
            built[group_type.name] = built[group_type.alias_of]
            continue
        try:
            built[group_type.name] = type(
                group_type.name, tuple(built[b] for b in group_type.bases), {}
            )
        except TypeError as error:
            msg = f"dicomodel.codes.groups: {group_type.name}{group_type.bases}: {error}"
            raise GeneratorError(msg) from error


def _lines(numbers: list[str], width: int = 80) -> list[str]:
    """The numbers as lines of at most ``width`` characters, for the string literal."""
    lines: list[str] = []
    for number in numbers:
        if lines and len(lines[-1]) + 1 + len(number) <= width:
            lines[-1] += f" {number}"
        else:
            lines.append(number)
    return lines


def render_groups(standard: Standard) -> list[RenderedFile]:
    """``codes/groups.py`` (run time: every name is ``Code``) and ``codes/groups.pyi``."""
    types = group_types(standard.context_groups)
    check_resolution(types)
    numbers = sorted(t.name.removeprefix("Cid").removesuffix("Code") for t in types)
    stub = TEMPLATE.replace(".py.jinja2", ".pyi.jinja2")
    return [
        render(TEMPLATE, standard=standard, lines=_lines(sorted(numbers, key=int))),
        render(stub, standard=standard, types=types),
    ]
