"""DICOM JSON (PS3.18 F.2) straight into a model, without a pydicom ``Dataset`` between.

The walk is the one of :mod:`dicomodel.serialize.dataset` (the same field plans,
validators, rules and issues), over the JSON objects instead of data elements:

- an element with a field is decoded as :mod:`dicomodel.serialize.json` decodes it
  (the same pydicom value forms) and validated for the field; a sequence field's
  items are read from their JSON objects, recursively;
- an element without field, or one the field refuses, becomes the data element
  the ``Dataset`` route would have made, kept as extra (the reader owns it: never
  copied);
- elements are taken in tag order, as a ``Dataset`` iterates them, so the issues
  come in the same order.

The presence and condition rules are checked, as for every read, by
:func:`dicomodel.validation.presence_errors`, which walks a ``Dataset``: here it
walks an :class:`~dicomodel.serialize.json_view.ElementsView` the reader fills as it
goes, by tag, with what the data elements of ``json_to_dataset`` would hold: the
values decoded for the fields (the same objects, as a
:class:`~dicomodel.serialize.json_view.ReadElement`; a sequence's value: its items'
views) and the extras (these data elements). A private element learns its private
creator, as ``Dataset.__setitem__`` tells it.

Input that is not DICOM JSON raises the :class:`~dicomodel.errors.DicomFormatError`
of :func:`~dicomodel.serialize.json.json_to_dataset`: on the first problem the
object is decoded that way, so the message is the one that route gives. An object
whose keys name one tag twice (``"0008000a"`` and ``"0008000A"``) is read that way
too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast

from pydicom.datadict import keyword_for_tag
from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset
from pydicom.tag import BaseTag

from dicomodel.errors import DicomFormatError, DicomValidationError, Rule
from dicomodel.model import DicomModel, DicomState
from dicomodel.serialize.dataset import (
    _Reader,
    from_dataset,
    plan_for,
)
from dicomodel.serialize.json import _TAG_KEY, _Decoder, json_to_dataset
from dicomodel.serialize.json_view import ElementsView, ReadElement
from dicomodel.serialize.pixels import PIXEL_TAGS
from dicomodel.serialize.values import MAX_DEPTH, make_element

__all__ = ["read_json"]

M = TypeVar("M", bound=DicomModel)
# The attributes the length of native Pixel Data depends on (serialize.pixels).
_PIXEL_CONTEXT = frozenset({0x00280002, 0x00280004, 0x00280008, 0x00280010, 0x00280011, 0x00280100})


class _NeedsDatasetRouteError(Exception):
    """The input needs the ``Dataset`` route (malformed, or a tag given twice)."""


class _JsonReader(_Reader):
    """The reader of :mod:`dicomodel.serialize.dataset`, over DICOM JSON objects."""

    def __init__(self, strict: bool, decoder: _Decoder) -> None:
        super().__init__(strict, owned=True)
        self.decoder = decoder
        self.made: dict[int, ElementsView] = {}
        """id of a model read -> the view of its JSON's elements, until its parent takes it."""

    def read(self, cls: type[M], dataset: Any, path: str, depth: int) -> M:
        if depth > MAX_DEPTH or not isinstance(dataset, Mapping):
            raise _NeedsDatasetRouteError
        entries = _sorted_entries(dataset)
        plan = plan_for(cls)
        values: dict[str, Any] = {}
        extra: list[DataElement] | None = None
        vrs: dict[int, str] = {}
        undefined: set[int] = set()
        refused: set[int] = set()
        context: Dataset | None = None
        seen: dict[int, Any] = {}  # what the presence walk sees of ``dataset``, by tag
        for tag, entry in entries:
            field = plan.by_tag.get(tag)
            where = path  # a message is the Dataset route's, made on the first problem
            try:
                vr, value = self.decoder.decoded(entry, where, depth, raw_items=field is not None)
            except DicomFormatError:
                raise _NeedsDatasetRouteError from None
            if depth == 0 and tag >> 16 == 0x0002:
                self.issue(
                    keyword_for_tag(tag) or str(BaseTag(tag)),
                    tag,
                    Rule.VALUE,
                    "a File Meta Information element (group 0002) in the data set (PS3.10 7.1)",
                    True,
                )
            element: Any = None
            if tag in PIXEL_TAGS:
                if context is None:
                    context = self._pixel_context(entries, where, depth)
                element = make_element(tag, vr, value)
                self._pixel_length(element, context, path)
            read: ReadElement | None = None
            kept = False
            if field is not None:
                read = ReadElement(tag, vr, value)
                kept = self._take(field, cast(Any, read), path, depth, values, vrs, undefined)
            if kept and field is not None and read is not None:
                if field.item is not None:  # the items' views, made as they were read
                    read.value = [self.made.pop(id(item)) for item in values[field.name]]
                    element = read
                elif element is None:
                    # pydicom gives a public element of VR UN its dictionary VR
                    element = make_element(tag, vr, value) if vr == "UN" else read
            else:
                if field is not None and vr == "SQ":
                    # its items are still JSON: decoded as the Dataset route decodes them
                    try:
                        value = self.decoder.decoded(entry, where, depth)[1]
                    except DicomFormatError:
                        raise _NeedsDatasetRouteError from None
                    element = make_element(tag, vr, value)
                elif element is None:
                    element = make_element(tag, vr, value)
                if field is not None:
                    refused.add(tag)
                if extra is None:
                    extra = []
                extra.append(element)
            if tag >> 16 & 1:  # private: told its creator, as ``Dataset.__setitem__`` does
                creator = seen.get(tag & 0xFFFF0000 | (tag & 0xFF00) >> 8)  # (gggg,00xx), block xx
                if creator is not None:
                    if element is read:
                        element = make_element(tag, vr, value)
                    element.private_creator = creator.value
            seen[tag] = element
        self._absent(plan, values, refused, path)
        model = self._construct(cls, plan, values)
        if extra is not None or vrs or not self.strict:
            model._dicom = DicomState(  # pyright: ignore[reportPrivateUsage]
                read_extra=extra,
                read_extra_owned=True,
                vrs=vrs or None,
                lenient=not self.strict,
            )
        self.made[id(model)] = ElementsView(seen)
        return model

    def _pixel_context(self, entries: list[tuple[int, Any]], where: str, depth: int) -> Dataset:
        """The attributes beside Pixel Data that give its length, as data elements."""
        context = Dataset()
        for tag, entry in entries:
            if tag in _PIXEL_CONTEXT:
                try:
                    context.add(self.decoder.element(tag, entry, where, depth))
                except DicomFormatError:
                    raise _NeedsDatasetRouteError from None
        return context


def _sorted_entries(data: Mapping[str, Any]) -> list[tuple[int, Any]]:
    """``(tag, entry)`` in tag order; the ``Dataset`` route for keys that are no tags or
    name one tag twice."""
    by_tag: dict[int, Any] = {}
    match = _TAG_KEY.match
    for key, entry in data.items():
        if not isinstance(key, str) or not match(key):
            raise _NeedsDatasetRouteError
        by_tag[int(key, 16)] = entry
    if len(by_tag) != len(data):  # two keys of one tag ("0008000a", "0008000A")
        raise _NeedsDatasetRouteError
    return sorted(by_tag.items())  # the tags differ: the entries are never compared


def read_json(
    cls: type[M],
    data: Mapping[str, Any],
    *,
    strict: bool = True,
    bulk_data: Callable[[str], bytes] | None = None,
) -> M:
    """The model ``cls`` of a DICOM JSON object: what ``from_dataset(json_to_dataset(data))``
    gives, the same fields, extras and issues, without the ``Dataset`` (module docstring)."""
    reader = _JsonReader(strict, _Decoder(bulk_data))
    try:
        model = reader.read(cls, data, "", 0)
    except _NeedsDatasetRouteError:
        dataset = json_to_dataset(data, bulk_data=bulk_data)  # raises its DicomFormatError
        return from_dataset(cls, dataset, strict=strict, owned=True)
    from dicomodel.validation import presence_errors

    view = cast(Dataset, reader.made.pop(id(model)))  # what the walk reads of a Dataset
    issues = presence_errors(reader.issues, view, cls)
    if strict and issues:
        raise DicomValidationError(cls.dicom_name or cls.__name__, issues)
    model._dicom_state().issues = tuple(issues)  # pyright: ignore[reportPrivateUsage]
    return model
