"""pydicom ``Dataset`` to and from the DICOM JSON model (PS3.18 Annex F.2), losslessly.

Models go through a ``Dataset`` both ways (``to_json_dict`` is
``dataset_to_json(model.to_dataset())``), so JSON and Part 10 share one mapping.

Choices, where PS3.18 leaves room or pydicom differs:

- An attribute without value is ``{"vr": ...}`` with no ``"Value"`` (F.2.5),
  for an empty sequence too (pydicom writes ``"Value": []`` there); an empty
  value among several is ``null`` (pydicom writes ``""``).
- PN values are ``{"Alphabetic", "Ideographic", "Phonetic"}`` objects with the
  component groups the name has (as pydicom), so ``"Doe^John="`` survives.
- AT values are 8 upper-case hex digits; binary VRs (OB OD OF OL OV OW UN) are
  ``InlineBinary`` base64, or ``BulkDataURI`` for a value read by reference
  (kept as :class:`~dicomodel.serialize.values.BulkDataURI`).
- DS and IS are JSON numbers. In ``to_json_dict`` they are pydicom's ``DSfloat``
  and ``IS`` objects: ``float`` and ``int`` to any JSON encoder, equal to
  pydicom's numbers, and still holding the original text (``"1.50"``), so
  dict -> model -> dict is exact. :func:`dumps` writes that original text as
  the number literal (``1.50``), or as a JSON string when the text is not a
  JSON number (``"+1.5"``, ``"0012"``), which CP-1861 allows for DS and IS;
  :func:`loads` keeps every number literal's text, so text -> model -> text is
  exact as well. A string where a DS or IS is expected is read as its text; a
  JSON number that does not fit DS's 16 characters is rounded to fit.
- Input is checked, not trusted: an unknown VR, a tag that is not 8 hex digits,
  a value of the wrong JSON type, invalid base64, ``InlineBinary`` on a VR
  that is not binary, more than :data:`MAX_VALUES` values or sequences nested
  deeper than :data:`MAX_DEPTH` raise :class:`~dicomodel.errors.DicomFormatError`
  naming the element's path.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
from collections.abc import Callable, Mapping
from datetime import date, time
from typing import TYPE_CHECKING, Any, TypeVar

from pydicom import config
from pydicom.datadict import keyword_for_tag
from pydicom.dataelem import DataElement, empty_value_for_VR
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue
from pydicom.sequence import Sequence
from pydicom.tag import BaseTag
from pydicom.uid import UID
from pydicom.valuerep import DA, DT, IS, TM, DSfloat, PersonName

from dicomodel.errors import DicomFormatError, tag_text
from dicomodel.serialize.values import (
    BINARY_VRS,
    KNOWN_VRS,
    MAX_DEPTH,
    MAX_VALUES,
    NUMBER_VRS,
    BulkDataURI,
    make_element,
    several,
)
from dicomodel.vr import INTEGER_RANGES, dicom_text

if TYPE_CHECKING:
    from dicomodel.model import DicomModel

__all__ = ["dataset_to_json", "dumps", "json_to_dataset", "json_to_model", "loads"]

M = TypeVar("M", bound="DicomModel")

_TAG_KEY = re.compile(r"^[0-9A-Fa-f]{8}$")
_JSON_NUMBER = re.compile(r"^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$")
_PN_KEYS = ("Alphabetic", "Ideographic", "Phonetic")
_VALUE_KEYS = frozenset({"Value", "InlineBinary", "BulkDataURI"})
_DATE_CLASSES: dict[str, Callable[[str], Any]] = {"DA": DA, "DT": DT, "TM": TM}
_SURROGATE = re.compile(r"[\ud800-\udfff]")


# -- Dataset -> JSON ------------------------------------------------------------------


def dataset_to_json(dataset: Dataset) -> dict[str, Any]:
    """A data set in the DICOM JSON model, as Python objects (see the module docstring)."""
    return _dataset_json(dataset, 0)


def _dataset_json(dataset: Dataset, depth: int) -> dict[str, Any]:
    if depth > MAX_DEPTH:
        raise DicomFormatError(f"sequences nested deeper than {MAX_DEPTH} levels")
    if not isinstance(dataset, Dataset):
        raise DicomFormatError(f"a sequence item is a Dataset, not {_kind(dataset)}")
    data: dict[str, Any] = {}
    for element in dataset:
        try:
            data[f"{element.tag:08X}"] = _element_json(element, depth)
        except DicomFormatError as error:
            raise DicomFormatError(f"{tag_text(element.tag)} {element.keyword}: {error}") from None
    return data


def _element_json(element: DataElement, depth: int) -> dict[str, Any]:
    vr = element.VR
    if " or " in vr:
        vr = vr.split(" or ")[0]
    entry: dict[str, Any] = {"vr": vr}
    value = element.value
    if isinstance(value, BulkDataURI):
        entry["BulkDataURI"] = value.uri
    elif vr == "SQ":
        if not isinstance(value, (list, Sequence)):
            raise DicomFormatError(f"a sequence holds items, not {_kind(value)}")
        if value:
            entry["Value"] = [_dataset_json(item, depth + 1) for item in value]
    elif vr in BINARY_VRS:
        if isinstance(value, (bytes, bytearray)):
            if value:
                entry["InlineBinary"] = base64.b64encode(value).decode("ascii")
        elif value is not None and not (isinstance(value, str) and value == ""):
            raise DicomFormatError(f"a {vr} value is bytes, not {type(value).__name__}")
    else:
        values = _values(value)
        if values:
            entry["Value"] = [_value_json(item, vr) for item in values]
    return entry


def _values(value: Any) -> list[Any]:
    if value is None or (isinstance(value, (str, PersonName)) and str(value) == ""):
        return []
    if isinstance(value, (MultiValue, list, tuple)):
        return list(value)
    return [value]


def _value_json(value: Any, vr: str) -> Any:
    if value is None or (isinstance(value, str) and value == ""):
        return None
    if vr == "PN":
        if isinstance(value, PersonName):
            return None if str(value) == "" else dict(zip(_PN_KEYS, value.components, strict=False))
        if isinstance(value, str):
            return dict(zip(_PN_KEYS, value.split("="), strict=False))
    elif vr == "AT":
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 0xFFFFFFFF:
            return f"{value:08X}"
    elif vr in {"DS", "IS"}:
        # DSfloat / IS keep their original text; an invalid value read stays a string
        if isinstance(value, (int, float, str)) and not isinstance(value, bool):
            return value
    elif vr in NUMBER_VRS:
        if isinstance(value, float) and not math.isfinite(value):
            # A JSON number has no NaN or infinity (PS3.18 Table F.2.3-1: FL, FD are Number).
            raise DicomFormatError(f"a {vr} value {value!r} has no JSON number (PS3.18 F.2.3)")
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return value
    elif isinstance(value, str):
        if _SURROGATE.search(value):
            raise DicomFormatError(f"a {vr} value holds a lone surrogate, not a character")
        return str.__str__(value)
    elif vr in _DATE_CLASSES and isinstance(value, (date, time)):
        return dicom_text(value)  # DA, DT, TM objects when pydicom converts dates
    raise DicomFormatError(f"a {vr} value cannot be {type(value).__name__} ({value!r:.40})")


# -- JSON -> Dataset ------------------------------------------------------------------


def json_to_dataset(
    data: Mapping[str, Any], *, bulk_data: Callable[[str], bytes] | None = None
) -> Dataset:
    """A pydicom ``Dataset`` of a DICOM JSON object, values as pydicom's reader makes them."""
    return _Decoder(bulk_data).dataset(data, "", 0)


class _Decoder:
    def __init__(self, bulk_data: Callable[[str], bytes] | None) -> None:
        self.bulk_data = bulk_data

    def dataset(self, data: Any, path: str, depth: int) -> Dataset:
        if depth > MAX_DEPTH:
            raise DicomFormatError(f"{path}: sequences nested deeper than {MAX_DEPTH} levels")
        if not isinstance(data, Mapping):
            where = path or "the top level"
            raise DicomFormatError(
                f"{where}: a DICOM JSON data set is an object of tags, not {_kind(data)}"
            )
        dataset = Dataset()
        for key, entry in data.items():
            if not isinstance(key, str) or not _TAG_KEY.match(key):
                raise DicomFormatError(
                    f"{path or 'top level'}: {key!r} is not a tag (8 hex digits)"
                )
            tag = int(key, 16)
            where = _join(path, keyword_for_tag(tag) or f"({key[:4]},{key[4:]})")
            dataset.add(self.element(tag, entry, where, depth))
        return dataset

    def element(self, tag: int, entry: Any, where: str, depth: int) -> DataElement:
        vr, value = self.decoded(entry, where, depth)
        return make_element(tag, vr, value)

    def decoded(
        self, entry: Any, where: str, depth: int, *, raw_items: bool = False
    ) -> tuple[str, Any]:
        """An element's VR and value as pydicom's reader holds it; ``raw_items`` leaves a
        sequence's items as the JSON objects they are (checked to be a list)."""
        if type(entry) is not dict and not isinstance(entry, Mapping):
            raise DicomFormatError(
                f"{where}: an element is an object with 'vr', not {_kind(entry)}"
            )
        vr = entry.get("vr")
        if not isinstance(vr, str) or vr not in KNOWN_VRS:
            raise DicomFormatError(f"{where}: unknown VR {vr!r}")
        if len(entry) == 2 and "Value" in entry:  # {"vr", "Value"}: most elements
            key = "Value"
        else:
            keys = set(entry) - {"vr"}
            if keys - _VALUE_KEYS:
                raise DicomFormatError(
                    f"{where}: unexpected keys {sorted(map(str, keys - _VALUE_KEYS))}"
                )
            if len(keys) > 1:
                raise DicomFormatError(f"{where}: more than one of {sorted(keys)}")
            if not keys:
                empty = ([] if raw_items else Sequence()) if vr == "SQ" else empty_value_for_VR(vr)
                return vr, empty
            key = keys.pop()
        if key == "Value":
            if raw_items and vr == "SQ":
                return vr, self.items(entry["Value"], where)
            return vr, self.value(vr, entry["Value"], where, depth)
        if vr not in BINARY_VRS:
            if key == "BulkDataURI" and self.bulk_data is None:
                return vr, BulkDataURI(_one_string(entry[key], where, key))
            raise DicomFormatError(f"{where}: {key} is for OB, OD, OF, OL, OV, OW and UN, not {vr}")
        text = _one_string(entry[key], where, key)
        if key == "InlineBinary":
            try:
                return vr, base64.b64decode(text, validate=True)
            except (binascii.Error, ValueError) as error:
                raise DicomFormatError(f"{where}: InlineBinary is not base64: {error}") from None
        if self.bulk_data is None:
            return vr, BulkDataURI(text)
        fetched = self.bulk_data(text)
        if not isinstance(fetched, bytes):
            raise DicomFormatError(f"{where}: bulk data of {text!r} is not bytes")
        return vr, fetched

    @staticmethod
    def items(values: Any, where: str) -> list[Any]:
        """A sequence's ``Value``: a list of at most :data:`MAX_VALUES` items."""
        if not isinstance(values, list):
            raise DicomFormatError(f"{where}: 'Value' is a list, not {_kind(values)}")
        if len(values) > MAX_VALUES:
            raise DicomFormatError(f"{where}: {len(values)} values, more than {MAX_VALUES}")
        return values

    def value(self, vr: str, values: Any, where: str, depth: int) -> Any:
        if not isinstance(values, list):
            raise DicomFormatError(f"{where}: 'Value' is a list, not {_kind(values)}")
        if len(values) > MAX_VALUES:
            raise DicomFormatError(f"{where}: {len(values)} values, more than {MAX_VALUES}")
        if vr == "SQ":
            return Sequence(
                [self.dataset(item, f"{where}[{i}]", depth + 1) for i, item in enumerate(values)]
            )
        if vr in BINARY_VRS:
            raise DicomFormatError(f"{where}: VR {vr} takes InlineBinary or BulkDataURI, not Value")
        if not values:
            return empty_value_for_VR(vr)
        try:
            converted = [_decode(vr, item, where) for item in values]
        except DicomFormatError:  # again, to name the value in the message
            converted = [_decode(vr, item, f"{where}[{i}]") for i, item in enumerate(values)]
        return several(converted, vr)


def _decode(vr: str, value: Any, where: str) -> Any:
    """One JSON value as pydicom's reader would hold it for ``vr``."""
    if vr in NUMBER_VRS:
        return _binary_number(vr, value, where)
    if value is None:
        return ""
    if vr == "PN":
        return _person_name(value, where)
    if vr == "AT":
        if not isinstance(value, str) or not _TAG_KEY.match(value):
            raise DicomFormatError(f"{where}: an AT value is 8 hex digits, not {value!r:.40}")
        return BaseTag(int(value, 16))
    if vr in {"DS", "IS"}:
        return _number_string(vr, value, where)
    if not isinstance(value, str):
        raise DicomFormatError(f"{where}: a {vr} value is a string, not {_kind(value)}")
    if _SURROGATE.search(value):
        raise DicomFormatError(f"{where}: a {vr} value holds a lone surrogate, not a character")
    if vr == "UI":
        return UID(value)
    if vr in _DATE_CLASSES and config.datetime_conversion:
        try:
            return _DATE_CLASSES[vr](value)
        except ValueError:
            return value
    return str.__str__(value)


def _binary_number(vr: str, value: Any, where: str) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise DicomFormatError(f"{where}: a {vr} value is a number, not {_kind(value)}")
    if vr in {"FL", "FD"}:
        try:
            return float(value)
        except OverflowError:
            raise DicomFormatError(
                f"{where}: {vr} value of {int(value).bit_length()} bits is too large"
            ) from None
    if isinstance(value, float):
        if not value.is_integer():
            raise DicomFormatError(f"{where}: a {vr} value is an integer, not {value!r}")
        value = int(value)
    low, high = INTEGER_RANGES[vr]
    if not low <= value <= high:
        raise DicomFormatError(f"{where}: {vr} value {value} is outside {low}..{high}")
    return int(value)


def _number_string(vr: str, value: Any, where: str) -> Any:
    """A DS or IS value from a JSON number (its literal text when known) or string."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise DicomFormatError(f"{where}: a {vr} value is a number or string, not {_kind(value)}")
    if isinstance(value, float) and not math.isfinite(value):
        raise DicomFormatError(f"{where}: {vr} value {value!r} is not finite")
    text = getattr(value, "original_string", None)
    if not isinstance(text, str):
        text = value if isinstance(value, str) else repr(value)
    try:
        if vr == "IS":
            return IS(text, validation_mode=config.IGNORE)
        if len(text) > 16 and not isinstance(value, str):
            return DSfloat(value, auto_format=True, validation_mode=config.IGNORE)
        return DSfloat(text, validation_mode=config.IGNORE)
    except (ValueError, TypeError, OverflowError):
        return text  # as pydicom's reader keeps an invalid number string


def _person_name(value: Any, where: str) -> PersonName | str:
    if not isinstance(value, Mapping):
        raise DicomFormatError(
            f"{where}: a PN value is an object of name groups, not {_kind(value)}"
        )
    unknown = set(value) - set(_PN_KEYS)
    if unknown:
        raise DicomFormatError(f"{where}: unknown PN name groups {sorted(map(str, unknown))}")
    groups = [value.get(key) for key in _PN_KEYS]
    for group in groups:
        if group is not None and not isinstance(group, str):
            raise DicomFormatError(f"{where}: a PN name group is a string, not {_kind(group)}")
        if group is not None and _SURROGATE.search(group):
            raise DicomFormatError(f"{where}: a PN name group holds a lone surrogate")
    count = max((i + 1 for i, group in enumerate(groups) if group is not None), default=0)
    text = "=".join(group or "" for group in groups[:count])
    return PersonName(text) if text else ""


def _one_string(value: Any, where: str, key: str) -> str:
    # PS3.18 F.3.1 gives a string; its example in F.4 a list of one (pydicom takes both).
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if not isinstance(value, str):
        raise DicomFormatError(f"{where}: {key} is a string, not {_kind(value)}")
    return value


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


# -- text ---------------------------------------------------------------------------------


class _FloatLiteral(float):
    """A JSON number with a fraction or exponent, with its literal text."""

    original_string: str


class _IntLiteral(int):
    """A JSON integer, with its literal text."""

    original_string: str


def _float_literal(text: str) -> float:
    number = _FloatLiteral(text)
    number.original_string = text
    return number


def _int_literal(text: str) -> int:
    number = _IntLiteral(text)
    number.original_string = text
    return number


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise DicomFormatError(f"duplicate key {key!r} in a JSON object")
        result[key] = value
    return result


def loads(text: str | bytes) -> dict[str, Any]:
    """Parse DICOM JSON text; number literals keep their text (``1.50`` stays ``"1.50"``)."""
    try:
        data = json.loads(
            text,
            parse_float=_float_literal,
            parse_int=_int_literal,
            object_pairs_hook=_unique_keys,
        )
    except RecursionError:
        raise DicomFormatError("JSON nested too deeply") from None
    except (ValueError, UnicodeDecodeError) as error:  # JSONDecodeError, huge int literals
        if isinstance(error, DicomFormatError):
            raise
        raise DicomFormatError(f"not JSON: {error}") from None
    if not isinstance(data, dict):
        raise DicomFormatError(f"DICOM JSON text holds an object, not {_kind(data)}")
    return data


def dumps(data: Any, *, indent: int | None = None) -> str:
    """JSON text of a DICOM JSON object; DS and IS numbers keep their original text."""
    parts: list[str] = []
    _emit(data, parts, indent, 0)
    return "".join(parts)


def _emit(value: Any, out: list[str], indent: int | None, level: int) -> None:
    if level > 4 * MAX_DEPTH + 8:
        raise DicomFormatError("JSON nested too deeply")
    if isinstance(value, str) and _SURROGATE.search(value):
        raise DicomFormatError(
            f"{repr(value)[:40]} holds a lone surrogate: no JSON text can carry it"
        )
    if value is None or isinstance(value, (bool, str)):
        out.append(json.dumps(value, ensure_ascii=False))
    elif isinstance(value, (int, float)):
        out.append(_number(value))
    elif isinstance(value, Mapping):
        entries: list[tuple[str | None, Any]] = [
            (json.dumps(str(key), ensure_ascii=False), item) for key, item in value.items()
        ]
        _container(entries, "{", "}", out, indent, level)
    elif isinstance(value, (list, tuple)):
        _container([(None, item) for item in value], "[", "]", out, indent, level)
    else:
        raise DicomFormatError(f"cannot write {type(value).__name__} as JSON")


def _container(
    entries: list[tuple[str | None, Any]],
    opening: str,
    closing: str,
    out: list[str],
    indent: int | None,
    level: int,
) -> None:
    if not entries:
        out.append(opening + closing)
        return
    inner = "" if indent is None else "\n" + " " * (indent * (level + 1))
    outer = "" if indent is None else "\n" + " " * (indent * level)
    out.append(opening)
    comma = ", " if indent is None else ","
    for index, (key, item) in enumerate(entries):
        out.append((comma if index else "") + inner + (f"{key}: " if key is not None else ""))
        _emit(item, out, indent, level + 1)
    out.append(outer + closing)


def _number(value: int | float) -> str:
    if isinstance(value, float) and not math.isfinite(value):
        raise DicomFormatError(f"{value!r} is no JSON number (RFC 8259, PS3.18 F.2.3)")
    text = getattr(value, "original_string", None)
    if isinstance(text, str):
        return text if _JSON_NUMBER.match(text) else json.dumps(text)
    if isinstance(value, int):
        return int.__repr__(value)
    return json.dumps(float(value))


# -- JSON -> model ----------------------------------------------------------------------


def json_to_model(
    cls: type[M],
    data: Mapping[str, Any],
    *,
    strict: bool = True,
    bulk_data: Callable[[str], bytes] | None = None,
) -> M:
    """The model ``cls`` of a DICOM JSON object (see :func:`dataset.from_dataset`), read
    straight from the JSON (:mod:`dicomodel.serialize.json_read`)."""
    from dicomodel.serialize.json_read import read_json

    return read_json(cls, data, strict=strict, bulk_data=bulk_data)
