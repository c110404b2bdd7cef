"""What the pixel attributes of a data set imply: the VR of Pixel Data, its native length.

- An element read with an unresolved multi-VR (``OB or OW``, ``US or SS``: what
  pydicom keeps when a data set was built in memory) gets the VR PS3.5 gives it:
  :func:`resolved_vr`.
- Native (not encapsulated) Pixel Data holds Rows x Columns x Samples per Pixel x
  Number of Frames x Bits Allocated bits, padded to an even length (PS3.5 8.1.1,
  8.2 and 7.1.1): :func:`native_length_problem` reports data shorter than that
  (a truncated file). Longer data (excess padding, as in pydicom's
  ``MR_small_padded.dcm``) is not reported: the image is all there.
"""

from __future__ import annotations

from typing import Any

from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset

__all__ = ["native_length_problem", "resolved_vr"]

PIXEL_DATA = 0x7FE00010
_FLOAT_PIXEL_DATA = {0x7FE00008: 32, 0x7FE00009: 64}  # Float, Double Float Pixel Data
# Pixel Data and its float twins: the elements whose length the pixel attributes give.
PIXEL_TAGS = frozenset({PIXEL_DATA, *_FLOAT_PIXEL_DATA})
_WAVEFORM_DATA = 0x54001010


def _number(dataset: Dataset, keyword: str) -> int | None:
    """An attribute's single integer value, or None when absent, empty or not an integer."""
    try:
        value = dataset.get(keyword)
        number = int(value) if value not in (None, "") else None
    except (TypeError, ValueError, OverflowError, KeyError):
        return None
    return number if number is not None and str(number) == str(value).strip() else None


def resolved_vr(element: DataElement, dataset: Dataset) -> str:
    """The VR of an element whose VR is still ``"OB or OW"``, ``"US or SS"``, ``"US or OW"``.

    - Pixel Data: OB when encapsulated (PS3.5 A.4), OW in Implicit VR (A.1) or
      when Bits Allocated > 8 (8.1.2, A.2), else OB.
    - Waveform Data: OW when Waveform Bits Allocated > 8, else OB (PS3.5 8.3).
    - Overlay Data and the others taking OB or OW: OW (PS3.5 8.1.2).
    - US or SS: SS for a negative value or Pixel Representation 1 (PS3.3
      C.7.6.3.1.3), else US; US or OW: OW for bytes, else US.
    """
    choices = element.VR.split(" or ")
    value = element.value
    if "OB" in choices and "OW" in choices:
        if element.tag == PIXEL_DATA:
            if element.is_undefined_length:
                return "OB"
            bits = _number(dataset, "BitsAllocated")
            implicit = getattr(dataset, "original_encoding", (None, None))[0]
            return "OW" if implicit or bits is None or bits > 8 else "OB"
        if element.tag == _WAVEFORM_DATA:
            bits = _number(dataset, "WaveformBitsAllocated")
            return "OW" if bits is None or bits > 8 else "OB"
        return "OW"
    if "OW" in choices and isinstance(value, (bytes, bytearray)):
        return "OW"
    if "SS" in choices:
        values = value if isinstance(value, (list, tuple)) else [value]
        negative = any(isinstance(v, int) and v < 0 for v in values)
        if negative or _number(dataset, "PixelRepresentation") == 1 or "US" not in choices:
            return "SS"
    return "US" if "US" in choices else choices[0]


def native_length_problem(element: DataElement, dataset: Dataset) -> str | None:
    """Why native Pixel Data (or Float / Double Float Pixel Data) is too short for its image.

    ``None`` when the length is right, the data is encapsulated (undefined
    length) or given by reference, or the attributes it depends on are not all
    integers (their own rules report that).
    """
    value: Any = element.value
    if element.is_undefined_length or not isinstance(value, (bytes, bytearray)):
        return None
    if getattr(value, "uri", None) is not None or not value:
        return None
    rows = _number(dataset, "Rows")
    columns = _number(dataset, "Columns")
    samples = _number(dataset, "SamplesPerPixel")
    bits = _FLOAT_PIXEL_DATA.get(element.tag) or _number(dataset, "BitsAllocated")
    frames = _number(dataset, "NumberOfFrames") if "NumberOfFrames" in dataset else 1
    if rows is None or columns is None or samples is None or bits is None or frames is None:
        return None
    # YBR_FULL_422 keeps two samples per pixel in its native form (PS3.3 C.7.6.3.1.2).
    if str(dataset.get("PhotometricInterpretation", "")).strip() == "YBR_FULL_422":
        samples = 2
    expected = (rows * columns * samples * frames * bits + 7) // 8
    if len(value) >= expected:
        return None  # trailing padding beyond the even length is tolerated, as pydicom does
    frames_text = f" x Number of Frames {frames}" if "NumberOfFrames" in dataset else ""
    return (
        f"{len(value)} bytes of native pixel data, {expected + expected % 2} expected: "
        f"Rows {rows} x Columns {columns} x Samples per Pixel {samples}{frames_text}"
        f" x {bits} bits (PS3.5 8.1.1)"
    )
