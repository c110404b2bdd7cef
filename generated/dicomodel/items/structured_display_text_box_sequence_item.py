"""Item class StructuredDisplayTextBoxSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.bounding_box_text_horizontal_justification import (
        BoundingBoxTextHorizontalJustificationValue as _BoundingBoxTextHorizontalJustificationValue,
    )
else:
    from dicomodel.lazy import Lazy

    _BoundingBoxTextHorizontalJustificationValue = Lazy(
        "dicomodel.enums.bounding_box_text_horizontal_justification",
        "BoundingBoxTextHorizontalJustificationValue",
    )

if TYPE_CHECKING:
    from dicomodel.enums.bounding_box_text_horizontal_justification import (
        BoundingBoxTextHorizontalJustification as BoundingBoxTextHorizontalJustification,
    )

__all__ = [
    "BoundingBoxTextHorizontalJustification",
    "StructuredDisplayTextBoxSequenceItem",
]


class StructuredDisplayTextBoxSequenceItem(DicomModel):
    """An item of Structured Display Text Box Sequence (0072,0424), as first defined in Structured Display Annotation Module Attributes (C.11.18-1)."""

    dicom_name: ClassVar[str] = "Structured Display Text Box Sequence"
    dicom_table: ClassVar[str] = "table_C.11.18-1"

    UnformattedTextValue: Annotated[
        vr.ST, Attribute(0x00700006, "ST", "1", "1", name="Unformatted Text Value")
    ]
    """Unformatted Text Value (0070,0006): Type 1, VR ST, VM 1. Text data that is unformatted and whose manner of display within the defined bounding box is implementation dependent. See Section C.11.18.1.1."""

    DisplayEnvironmentSpatialPosition: Annotated[
        list[vr.FD],
        Attribute(0x00720108, "FD", "4", "1", name="Display Environment Spatial Position"),
    ]
    """Display Environment Spatial Position (0072,0108): Type 1, VR FD, VM 4. Exactly four dimensionless floating point values, in the range 0.0 to 1.0, indicating the rectangular coordinate position within the Display Environment of the bounding box in which Unformatted Text Value (0070,0006) is to be displayed."""

    BoundingBoxTextHorizontalJustification: Annotated[
        _BoundingBoxTextHorizontalJustificationValue,
        Attribute(
            0x00700012,
            "CS",
            "1",
            "1",
            name="Bounding Box Text Horizontal Justification",
            enumerated=((0, ("LEFT", "RIGHT", "CENTER")),),
        ),
    ]
    """Bounding Box Text Horizontal Justification (0070,0012): Type 1, VR CS, VM 1. Location of the text relative to the vertical edges of the bounding box. Enumerated Values: LEFT closest to left edge RIGHT closest to right edge CENTER centered"""

    GraphicLayerRecommendedDisplayCIELabValue: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00700401, "US", "3", "3", name="Graphic Layer Recommended Display CIELab Value"
        ),
    ] = None
    """Graphic Layer Recommended Display CIELab Value (0070,0401): Type 3, VR US, VM 3. A value in which it is recommended that Unformatted Text Value (0070,0006) be rendered on a color display. The units are specified in PCS-Values, and the value is encoded as CIELab. See Section C.10.7.1.1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BoundingBoxTextHorizontalJustification": (
        "dicomodel.enums.bounding_box_text_horizontal_justification",
        "BoundingBoxTextHorizontalJustification",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
