"""Every raw element of a data set decoded in one pass, by pydicom's own converters.

pydicom decodes an element on first access (``Dataset.__getitem__``): hooks, a
``convert_value`` dispatch, a retry over other VRs on failure and the checks of
``Dataset.__setitem__``, about 40 us an element. Validation looks at every
element, so :func:`decode_all` converts them up front with the same converter
pydicom would call (``pydicom.values.converters``), the same arguments and the
same ``DataElement``, and stores it as ``__setitem__`` would for that element.
A private element gets its creator as ``__setitem__`` gives it. Whatever takes
another path in pydicom (implicit VRs not in the dictionary, UN, ambiguous
VRs, sequences, LUT Descriptor elements, Specific Character Set, Pixel Data,
deferred values, a converter that fails, user hooks) is left to
``dataset[tag]``, so the elements are the ones pydicom gives, value for value.
An element pydicom cannot decode is left raw, for the reader to report as it
always has (:class:`~dicomodel.errors.DicomFormatError`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from pydicom import config, hooks
from pydicom.charset import default_encoding
from pydicom.datadict import dictionary_VR
from pydicom.dataelem import DataElement, RawDataElement, empty_value_for_VR
from pydicom.tag import _LUT_DESCRIPTOR_TAGS
from pydicom.valuerep import CUSTOMIZABLE_CHARSET_VR
from pydicom.values import converters

from dicomodel.serialize.pixels import PIXEL_TAGS
from dicomodel.serialize.values import READ_ERRORS

if TYPE_CHECKING:
    from pydicom.dataset import Dataset

__all__ = ["decode_all"]

SPECIFIC_CHARACTER_SET = 0x00080005
UNDEFINED_LENGTH = 0xFFFFFFFF
# Elements whose decoding pydicom does in more than one step.
_OWN_PATH = frozenset(int(tag) for tag in _LUT_DESCRIPTOR_TAGS) | {SPECIFIC_CHARACTER_SET}
_PYDICOM_VRS = frozenset(vr for vr in converters if vr not in ("SQ", "UN") and " or " not in vr)


def _default_hooks() -> bool:
    """True when pydicom decodes with its default callbacks (no user hook)."""
    return (
        hooks.hooks.raw_element_vr is hooks.raw_element_vr
        and hooks.hooks.raw_element_value is hooks.raw_element_value
        and not hooks.hooks.raw_element_kwargs
        and config.data_element_callback is None
    )


def decode_all(dataset: Dataset) -> None:
    """Decode every raw element of ``dataset`` and of its sequence items, in place."""
    if not _default_hooks():
        _decode_by_pydicom(dataset)
        return
    _decode(dataset)


def _decode(dataset: Dataset) -> None:
    elements = dataset._dict
    encodings: list[str] | None = None
    for tag, element in list(elements.items()):
        decoded: DataElement | None = element  # type: ignore[assignment]
        if type(element) is RawDataElement:
            try:
                if encodings is None:
                    encodings = _encodings(dataset)
                decoded = _converted(dataset, tag, element, encodings)
            except READ_ERRORS:
                decoded = None  # left raw: the reader that asks for it reports the error
        if decoded is not None and decoded.VR == "SQ":
            for item in decoded.value or ():
                _decode(item)


def _decode_by_pydicom(dataset: Dataset) -> None:
    for tag in list(dataset.keys()):
        try:
            element = dataset[tag]
        except READ_ERRORS:
            continue  # left raw, as above
        if element.VR == "SQ":
            for item in element.value or ():
                _decode_by_pydicom(item)


def _encodings(dataset: Dataset) -> list[str]:
    """The encodings ``Dataset.__getitem__`` decodes text with, as a list (as
    ``convert_value`` makes it)."""
    found = dataset.original_character_set or dataset._character_set
    if not found:
        return [default_encoding]
    return [found] if isinstance(found, str) else list(found)


def _converted(
    dataset: Dataset, tag: Any, raw: RawDataElement, encodings: list[str]
) -> DataElement:
    """The element pydicom makes of ``raw``; stored in ``dataset``."""
    vr = raw.VR
    if vr is None:
        try:
            vr = dictionary_VR(tag)
        except KeyError:
            return _by_pydicom(dataset, tag)
    if (
        vr not in _PYDICOM_VRS
        or int(tag) in _OWN_PATH
        or int(tag) in PIXEL_TAGS
        or (raw.value is None and raw.length != 0)  # deferred: read from the file
    ):
        return _by_pydicom(dataset, tag)
    try:
        value = _value(vr, raw, encodings)
    except Exception:  # pydicom retries other VRs, warns or raises: its own path
        return _by_pydicom(dataset, tag)
    element = DataElement(
        raw.tag,
        vr,
        value,
        raw.value_tell,
        raw.length == UNDEFINED_LENGTH,
        already_converted=True,
    )
    if tag & 0x10000:  # a private group (odd): the creator, as Dataset.__setitem__ sets it
        creator = (tag & 0xFFFF0000) | ((tag & 0xFFFF) >> 8)
        if creator != tag and creator in dataset._dict:
            element.private_creator = dataset[creator].value
    dataset._dict[tag] = element  # what Dataset.__setitem__ does for such an element
    return element


def _by_pydicom(dataset: Dataset, tag: Any) -> DataElement:
    """The element as ``Dataset.__getitem__`` decodes (and stores) it."""
    return cast(DataElement, dataset[tag])


def _value(vr: str, raw: RawDataElement, encodings: list[str]) -> Any:
    """``pydicom.values.convert_value`` for a VR it converts in one call."""
    if raw.length == 0:
        return empty_value_for_VR(vr)
    converter: Any = cast("dict[str, Any]", converters)[vr]
    if isinstance(converter, tuple):
        function, number_format = converter
        return function(raw.value, raw.is_little_endian, number_format)
    if vr == "PN":
        return converter(raw.value, encodings)
    if vr in CUSTOMIZABLE_CHARSET_VR:
        return converter(raw.value, encodings, vr)
    return converter(raw.value, raw.is_little_endian, None)
