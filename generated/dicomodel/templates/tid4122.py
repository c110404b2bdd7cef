"""TID 4122 CAD Common Image Properties Entry.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "CADCommonImagePropertiesEntry",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4122",
    name="CAD Common Image Properties Entry",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "112224", "Image Set Properties"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="UIDREF",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "112227", "Frame of Reference UID"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="UIDREF",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "110180", "Study Instance UID"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="DATE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111060", "Study Date"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="TIME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111061", "Study Time"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "121139", "Modality"),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111026", "Horizontal Pixel Spacing"),
            units=(("code", "EV", "mm/{pixel}", "UCUM", "millimeters per pixel"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111066", "Vertical Pixel Spacing"),
            units=(("code", "EV", "mm/{pixel}", "UCUM", "millimeters per pixel"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "112225", "Slice Thickness"),
            units=(("code", "EV", "mm", "UCUM", "millimeter"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "112226", "Spacing between slices"),
            units=(("code", "EV", "mm", "UCUM", "millimeter"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "112228", "Recumbent Patient Position with respect to gravity"),
            condition="Required if Patient Position (0018,5100) is present in the image instances and has a value.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Required if Patient Position (0018,5100) is present in the image instances and has a value",
            ),
            values=(("cid", "D", "6206"),),
        ),
    ),
)


@dataclass(kw_only=True)
class CADCommonImagePropertiesEntry(TemplatePart):
    """TID 4122 CAD Common Image Properties Entry."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    frame_of_reference_uid: str = field(metadata={"row": "2"})
    """Row 2: UIDREF EV (112227, DCM, \"Frame of Reference UID\"), VM 1, M"""

    study_instance_uid: str = field(metadata={"row": "3"})
    """Row 3: UIDREF EV (110180, DCM, \"Study Instance UID\"), VM 1, M"""

    study_date: str = field(metadata={"row": "4"})
    """Row 4: DATE EV (111060, DCM, \"Study Date\"), VM 1, M"""

    study_time: str = field(metadata={"row": "5"})
    """Row 5: TIME EV (111061, DCM, \"Study Time\"), VM 1, M"""

    modality: Code = field(metadata={"row": "6"})
    """Row 6: CODE EV (121139, DCM, \"Modality\"), VM 1, M"""

    horizontal_pixel_spacing: Num = field(metadata={"row": "7"})
    """Row 7: NUM EV (111026, DCM, \"Horizontal Pixel Spacing\"), VM 1, M; units EV (mm/{pixel}, UCUM, \"millimeters per pixel\")"""

    vertical_pixel_spacing: Num = field(metadata={"row": "8"})
    """Row 8: NUM EV (111066, DCM, \"Vertical Pixel Spacing\"), VM 1, M; units EV (mm/{pixel}, UCUM, \"millimeters per pixel\")"""

    slice_thickness: Num = field(metadata={"row": "9"})
    """Row 9: NUM EV (112225, DCM, \"Slice Thickness\"), VM 1, M; units EV (mm, UCUM, \"millimeter\")"""

    spacing_between_slices: Num = field(metadata={"row": "10"})
    """Row 10: NUM EV (112226, DCM, \"Spacing between slices\"), VM 1, M; units EV (mm, UCUM, \"millimeter\")"""

    recumbent_patient_position_with_respect_to_gravity: groups.Cid6206Code | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: CODE EV (112228, DCM, \"Recumbent Patient Position with respect to gravity\"), VM 1, MC: Required if Patient Position (0018,5100) is present in the image instances and has a value.; values DCID 6206"""
