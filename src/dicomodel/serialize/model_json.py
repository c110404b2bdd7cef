"""Models straight to the DICOM JSON model (PS3.18 F.2) and to JSON text.

The same result as ``dataset_to_json(to_dataset(model))`` (see
:mod:`dicomodel.serialize.json` for the choices), without building the
intermediate pydicom ``Dataset``: the writer walks the present fields in tag
order, merged with the elements kept in ``dicom_extra``. A multi-VR attribute
whose VR the model does not know (``US or SS`` set by hand) is settled from the
data set (Pixel Representation...): such a model goes through the ``Dataset``.

Text goes through the standard library's encoder. A DS or IS value is written
as its original text (``1.50``), as :func:`dicomodel.serialize.json.dumps`
does: a text the encoder would write differently stands in the tree as a
placeholder, replaced in the encoded text. A placeholder holds a lone surrogate,
which no value may hold (they are refused), so it is never mistaken for data.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from pydicom.datadict import keyword_for_tag

from dicomodel.errors import DicomFormatError, tag_text
from dicomodel.serialize.dataset import _vr_of, plan_for
from dicomodel.serialize.json import (
    _JSON_NUMBER,
    _SURROGATE,
    _element_json,
    _value_json,
    _values,
)
from dicomodel.serialize.values import (
    BINARY_VRS,
    MAX_DEPTH,
    NUMBER_VRS,
    BulkDataURI,
    element_value,
)

if TYPE_CHECKING:
    from dicomodel.model import DicomModel, DicomState

__all__ = ["model_to_json", "model_to_json_text"]

# VRs whose JSON value is not the text itself (or that a str may not hold)
_NOT_PLAIN_TEXT = frozenset({"PN", "AT", "DS", "IS"}) | NUMBER_VRS | BINARY_VRS
_PLACEHOLDER = re.compile('"\ud800([0-9]+)\udc00"')


class _NeedsDatasetError(Exception):
    """A VR that only the whole data set decides: write through a ``Dataset``."""


class _TooDeepError(DicomFormatError):
    """Nesting beyond :data:`MAX_DEPTH`, reported as the ``Dataset`` writer does."""


class _Writer:
    """One walk over a model; ``literals`` collects DS/IS texts when writing text."""

    def __init__(self, text: bool) -> None:
        self.literals: list[str] | None = [] if text else None

    def model(self, model: DicomModel, depth: int) -> dict[str, Any]:
        if depth > MAX_DEPTH:
            raise _TooDeepError(f"sequences nested deeper than {MAX_DEPTH} levels")
        plan = plan_for(type(model))
        private = model.__pydantic_private__  # not model._dicom: pydantic's __getattr__ is slow
        state: DicomState | None = private.get("_dicom") if private else None
        vrs = state.vrs if state is not None and state.vrs else {}
        fields = model.__dict__
        entries: dict[int, dict[str, Any]] = {}
        for name in model.__pydantic_fields_set__:
            field = plan.by_name.get(name)
            if field is None:
                continue
            tag = field.attribute.tag
            value = fields[name]
            try:
                if field.item_class is not None:
                    entry: dict[str, Any] = {"vr": "SQ"}
                    if value:
                        entry["Value"] = [self.model(item, depth + 1) for item in value]
                else:
                    vr = vrs.get(tag) or _vr_of(field, value)
                    if " or " in vr:
                        raise _NeedsDatasetError
                    entry = self.value(vr, element_value(value, vr))
            except (_NeedsDatasetError, _TooDeepError):
                raise
            except DicomFormatError as error:
                keyword = keyword_for_tag(tag)
                raise DicomFormatError(f"{tag_text(tag)} {keyword}: {error}") from None
            entries[tag] = entry
        if state is not None:
            for element in state.extra_elements():
                tag = int(element.tag)
                if tag not in entries:
                    try:
                        entries[tag] = self.extra(element, depth)
                    except _TooDeepError:
                        raise
                    except DicomFormatError as error:
                        message = f"{tag_text(tag)} {element.keyword}: {error}"
                        raise DicomFormatError(message) from None
        return {f"{tag:08X}": entries[tag] for tag in sorted(entries)}

    def value(self, vr: str, value: Any) -> dict[str, Any]:
        """The entry of a field that is not a sequence (``_element_json``'s rules)."""
        entry: dict[str, Any] = {"vr": vr}
        if type(value) is str and vr not in _NOT_PLAIN_TEXT:  # the common case, fast
            if value:
                if _SURROGATE.search(value):
                    raise DicomFormatError(f"a {vr} value holds a lone surrogate, not a character")
                entry["Value"] = [value]
            return entry
        if isinstance(value, BulkDataURI):
            entry["BulkDataURI"] = self.string(value.uri)
        elif vr in BINARY_VRS:
            if isinstance(value, (bytes, bytearray)):
                if value:
                    import base64

                    entry["InlineBinary"] = base64.b64encode(value).decode("ascii")
            elif value is not None and not (isinstance(value, str) and value == ""):
                raise DicomFormatError(f"a {vr} value is bytes, not {type(value).__name__}")
        else:
            values = _values(value)
            if values:
                entry["Value"] = [self.one(_value_json(item, vr), vr) for item in values]
        return entry

    def extra(self, element: Any, depth: int) -> dict[str, Any]:
        entry = _element_json(element, depth)
        if self.literals is not None:
            _mark_tree(entry, self)
        return entry

    def one(self, value: Any, vr: str) -> Any:
        """A JSON value as the text writer needs it: DS and IS by their text."""
        if self.literals is None:
            return value
        if vr in {"DS", "IS"} and isinstance(value, (int, float)):
            return self.number(value)
        if vr == "PN" and isinstance(value, dict):
            for group in value.values():
                if isinstance(group, str):
                    self.string(group)
        return value

    def number(self, value: int | float) -> Any:
        text = getattr(value, "original_string", None)
        if not isinstance(text, str):
            return value
        if not _JSON_NUMBER.match(text):
            return text  # a JSON string, as CP-1861 allows for DS and IS
        plain = int.__repr__(value) if isinstance(value, int) else float.__repr__(value)
        if text == plain:
            return value
        assert self.literals is not None
        self.literals.append(text)
        return f"\ud800{len(self.literals) - 1}\udc00"

    def string(self, text: str) -> str:
        if self.literals is not None and _SURROGATE.search(text):
            raise DicomFormatError(
                f"{repr(text)[:40]} holds a lone surrogate: no JSON text can carry it"
            )
        return text


def _mark_tree(entry: dict[str, Any], writer: _Writer) -> None:
    """DS and IS values of an element kept as extra (and its items), for the text writer."""
    vr = entry.get("vr")
    values = entry.get("Value")
    if "BulkDataURI" in entry:
        writer.string(entry["BulkDataURI"])
    if not values:
        return
    if vr == "SQ":
        for item in values:
            for child in item.values():
                _mark_tree(child, writer)
    elif vr in {"DS", "IS", "PN"}:
        entry["Value"] = [writer.one(value, vr) for value in values]


def model_to_json(model: DicomModel) -> dict[str, Any] | None:
    """The DICOM JSON object of ``model``; ``None`` when only a ``Dataset`` settles a VR."""
    try:
        return _Writer(text=False).model(model, 0)
    except _NeedsDatasetError:
        return None


def model_to_json_text(model: DicomModel, indent: int | None = None) -> str | None:
    """JSON text of ``model``, as ``dumps(to_json_dict())``; ``None`` as :func:`model_to_json`."""
    writer = _Writer(text=True)
    try:
        data = writer.model(model, 0)
    except _NeedsDatasetError:
        return None
    return encode(data, writer.literals or [], indent)


def encode(data: Any, literals: list[str], indent: int | None) -> str:
    """``data`` through the standard library's encoder, placeholders replaced by ``literals``."""
    try:
        text = json.dumps(data, ensure_ascii=False, allow_nan=False, indent=indent)
    except ValueError as error:  # NaN or infinity
        message = f"no JSON number for a value: {error} (RFC 8259, PS3.18 F.2.3)"
        raise DicomFormatError(message) from None
    except RecursionError:
        raise DicomFormatError("JSON nested too deeply") from None
    if literals:
        text = _PLACEHOLDER.sub(lambda match: literals[int(match.group(1))], text)
    if _SURROGATE.search(text):
        raise DicomFormatError("a value holds a lone surrogate: no JSON text can carry it")
    return text
