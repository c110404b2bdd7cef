"""``typing.Annotated`` and ``X | None``, made about ten times faster (issue 16).

Every field of a generated model is ``Annotated[<type>, Attribute(...)]``: each
``Attribute`` differs, so typing's cache never hits and each subscription builds
its alias through typing's generic machinery (about 40 us; 14 ms for the 354
fields of a CT Image, as its module runs). Two aliases whose types are of one
kind (two unions, two classes) differ only in the type itself and the metadata:
:data:`Annotated` copies the first alias of a kind and sets those. The copy is
checked once per kind, against what ``typing.Annotated`` makes for the second
type of that kind, attribute for attribute; a kind that fails the check (another
Python's typing), or a generic type, is left to ``typing.Annotated``. Checkers
see ``typing.Annotated``. :func:`or_none` does the same for ``Union[tp, None]``, the
``| None`` of a :class:`~dicomodel.lazy.Lazy` reference (no type: typing builds
its union). Both are for the annotations of generated models and the VR aliases:
typing's checks of a type (a special form inside ``Annotated``) are made on the
first of its kind only.
"""

from __future__ import annotations

import typing
from typing import TYPE_CHECKING, Any

__all__ = ["Annotated", "or_none"]

_ALIAS: Any = type(typing.Annotated[int, "metadata"])
_UNION: Any = type(typing.Union[int, None])  # noqa: UP007 (typing's alias, not types.UnionType)
_NONE = type(None)


class _FastAnnotated:
    """``Annotated[tp, *metadata]``, as ``typing.Annotated`` subscripts it."""

    __slots__ = ("_checked", "_first")

    def __init__(self) -> None:
        # Per kind of type: the attributes of its first alias; whether copies are right.
        self._first: dict[type, dict[str, Any]] = {}
        self._checked: dict[type, bool] = {}

    def __getitem__(self, parameters: Any) -> Any:
        if not isinstance(parameters, tuple) or len(parameters) < 2:
            return typing.Annotated[parameters]  # typing's error
        tp: Any = parameters[0]
        # An Annotated type gives its own type and metadata first (typing flattens).
        if type(tp) is _ALIAS:
            origin, metadata = tp.__origin__, (*tp.__metadata__, *parameters[1:])
        else:
            origin, metadata = tp, parameters[1:]
        kind = type(origin)
        first = self._first.get(kind)
        generic = bool(getattr(origin, "__parameters__", ()))
        if first is None or generic:
            made = typing.Annotated[parameters]
            if first is None and not generic and type(made) is _ALIAS:
                self._first[kind] = dict(vars(made))
            return made
        alias = self._copy(first, origin, metadata)
        checked = self._checked.get(kind)
        if checked is None:
            expected = typing.Annotated[parameters]
            checked = self._checked[kind] = type(expected) is _ALIAS and (
                vars(alias) == vars(expected) and alias == expected
            )
            return expected
        return alias if checked else typing.Annotated[parameters]

    @staticmethod
    def _copy(first: dict[str, Any], origin: Any, metadata: tuple[Any, ...]) -> Any:
        alias = object.__new__(_ALIAS)
        fields = alias.__dict__
        fields.update(first)
        fields["__origin__"] = origin
        fields["__args__"] = (origin,)
        fields["__module__"] = origin.__module__
        fields["__metadata__"] = metadata
        return alias

    def __repr__(self) -> str:
        return "dicomodel.annotated.Annotated"


class _FastOptional:
    """``Union[tp, None]``, as ``typing.Union`` makes it, checked as :class:`_FastAnnotated`."""

    __slots__ = ("_checked", "_first")

    def __init__(self) -> None:
        self._first: dict[type, dict[str, Any]] = {}
        self._checked: dict[type, bool] = {}

    def __call__(self, tp: Any) -> Any:
        kind = type(tp)
        first = self._first.get(kind)
        # Copies for what is no class (a class writes ``X | None`` itself) nor generic.
        plain = not isinstance(tp, type) and not getattr(tp, "__parameters__", ())
        if first is None or not plain:
            made = typing.Union[tp, None]  # noqa: UP007
            if first is None and plain and type(made) is _UNION:
                self._first[kind] = dict(vars(made))
            return made
        union = object.__new__(_UNION)
        union.__dict__.update(first)
        union.__dict__["__args__"] = (tp, _NONE)
        checked = self._checked.get(kind)
        if checked is None:
            expected = typing.Union[tp, None]  # noqa: UP007
            checked = self._checked[kind] = type(expected) is _UNION and (
                vars(union) == vars(expected) and union == expected
            )
            return expected
        return union if checked else typing.Union[tp, None]  # noqa: UP007


or_none = _FastOptional()
"""``or_none(tp)`` is ``typing.Union[tp, None]`` (``Optional[tp]``)."""

if TYPE_CHECKING:
    from typing import Annotated as Annotated
else:
    Annotated = _FastAnnotated()
