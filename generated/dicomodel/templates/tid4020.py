"""TID 4020 CAD Image Library Entry.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "CADImageLibraryEntry",
    "CADImageLibraryEntryImageView",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4020",
    name="CAD Image Library Entry",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(key="1", nesting=0, value_type="IMAGE", requirement="M"),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111027", "Image Laterality"),
            condition="Shall be present if (0020,0062) is in the Image Instance",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Shall be present if (0020,0062) is in the Image Instance",
            ),
            values=(("parameter", "$ImageLaterality"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111031", "Image View"),
            condition="Shall be present if (0054,0220) is in the Image Instance",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Shall be present if (0054,0220) is in the Image Instance",
            ),
            values=(("parameter", "$ImageView"),),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "111032", "Image View Modifier"),
            vm_min=1,
            vm_max=None,
            condition="Shall be present if (0054,0222) is in the Image Instance",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Shall be present if (0054,0222) is in the Image Instance",
            ),
            values=(("parameter", "$ImageViewMod"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="TEXT",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111044", "Patient Orientation Row"),
            condition="Shall be present if (0020,0020) is in the Image Instance",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Shall be present if (0020,0020) is in the Image Instance",
            ),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="TEXT",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111043", "Patient Orientation Column"),
            condition="Shall be present if (0020,0020) is in the Image Instance",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Shall be present if (0020,0020) is in the Image Instance",
            ),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="DATE",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111060", "Study Date"),
            condition="Shall be present if (0008,0020) is in the Image Instance",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Shall be present if (0008,0020) is in the Image Instance",
            ),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="TIME",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111061", "Study Time"),
            condition="Shall be present if (0008,0030) is in the Image Instance",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Shall be present if (0008,0030) is in the Image Instance",
            ),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="DATE",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111018", "Content Date"),
            condition="Shall be present if (0008,0023) is in the Image Instance",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Shall be present if (0008,0023) is in the Image Instance",
            ),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="TIME",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111019", "Content Time"),
            condition="Shall be present if (0008,0033) is in the Image Instance",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Shall be present if (0008,0033) is in the Image Instance",
            ),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111026", "Horizontal Pixel Spacing"),
            condition="Shall be present if (0018,1164) or (0028,0030) is in the Image Instance",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Shall be present if (0018,1164) or (0028,0030) is in the Image Instance",
            ),
            units=(
                ("code", "EV", "um", "UCUM", "micrometer"),
                ("code", "EV", "mm", "UCUM", "millimeter"),
            ),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111066", "Vertical Pixel Spacing"),
            condition="Shall be present if (0018,1164) or (0028,0030) is in the Image Instance",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Shall be present if (0018,1164) or (0028,0030) is in the Image Instance",
            ),
            units=(
                ("code", "EV", "um", "UCUM", "micrometer"),
                ("code", "EV", "mm", "UCUM", "millimeter"),
            ),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "112011", "Positioner Primary Angle"),
            condition="May be present if (0018,1510) is in the Image Instance",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: May be present if (0018,1510) is in the Image Instance",
            ),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "112012", "Positioner Secondary Angle"),
            condition="May be present if (0018,1511) is in the Image Instance",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: May be present if (0018,1511) is in the Image Instance",
            ),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "112226", "Spacing between slices"),
            condition="May be computed from the Image Position (Patient) (0020,0032) projected onto the normal to the Image Orientation (Patient) (0020,0037) if present; may or may not be the same as the Spacing Between Slices (0018,0088) if present.",
            condition_status="undecidable",
            required_if=(
                "and",
                (
                    "unknown",
                    "outside the content tree: May be computed from the Image Position (Patient) (0020,0032) projected onto the normal to the Image Orientation (Patient) (0020,0037) if present",
                ),
                (
                    "unknown",
                    "outside the content tree: may or may not be the same as the Spacing Between Slices (0018,0088) if present",
                ),
            ),
            units=(("code", "EV", "mm", "UCUM", "millimeter"),),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "112225", "Slice Thickness"),
            condition="May be present if Slice Thickness (0018,0050) is in the Image Instance.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: May be present if Slice Thickness (0018,0050) is in the Image Instance",
            ),
            units=(("code", "EV", "mm", "UCUM", "millimeter"),),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="UIDREF",
            requirement="UC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "112227", "Frame of Reference UID"),
            condition="May be present if Frame of Reference UID (0020,0052) is in the Image Instance.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: May be present if Frame of Reference UID (0020,0052) is in the Image Instance",
            ),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "110901", "Image Position (Patient) X"),
            condition="May be present if Image Position (Patient) (0020,0032) is in the Image Instance, and is the first value of Image Position (Patient) (0020,0032) for the referenced image or frame.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: May be present if Image Position (Patient) (0020,0032) is in the Image Instance, and is the first value of Image Position (Patient) (0020,0032) for the referenced image or frame",
            ),
            units=(("code", "EV", "mm", "UCUM", "millimeter"),),
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "110902", "Image Position (Patient) Y"),
            condition="Shall be present if Row 18 is present, and is the second value of Image Position (Patient) (0020,0032) in the Image Instance for the referenced image or frame.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Shall be present if Row 18 is present, and is the second value of Image Position (Patient) (0020,0032) in the Image Instance for the referenced image or frame",
            ),
            units=(("code", "EV", "mm", "UCUM", "millimeter"),),
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "110903", "Image Position (Patient) Z"),
            condition="Shall be present if Row 18 is present, and is the second value of Image Position (Patient) (0020,0032) in the Image Instance for the referenced image or frame.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Shall be present if Row 18 is present, and is the second value of Image Position (Patient) (0020,0032) in the Image Instance for the referenced image or frame",
            ),
            units=(("code", "EV", "mm", "UCUM", "millimeter"),),
        ),
        RowDef(
            key="21",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "110904", "Image Orientation (Patient) Row X"),
            condition="May be present if Image Position (Patient) (0020,0037) is in the Image Instance, and is the first value of Image Orientation (Patient) (0020,0037) for the referenced image or frame.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: May be present if Image Position (Patient) (0020,0037) is in the Image Instance, and is the first value of Image Orientation (Patient) (0020,0037) for the referenced image or frame",
            ),
            units=(("code", "EV", "{-1:1}", "UCUM", "{-1:1}"),),
        ),
        RowDef(
            key="22",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "110905", "Image Orientation (Patient) Row Y"),
            condition="Shall be present if Row 21 is present, and is the second value of Image Orientation (Patient) (0020,0037) in the Image Instance for the referenced image or frame.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Shall be present if Row 21 is present, and is the second value of Image Orientation (Patient) (0020,0037) in the Image Instance for the referenced image or frame",
            ),
            units=(("code", "EV", "{-1:1}", "UCUM", "{-1:1}"),),
        ),
        RowDef(
            key="23",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "110906", "Image Orientation (Patient) Row Z"),
            condition="Shall be present if Row 21 is present, and is the third value of Image Orientation (Patient) (0020,0037) in the Image Instance for the referenced image or frame.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Shall be present if Row 21 is present, and is the third value of Image Orientation (Patient) (0020,0037) in the Image Instance for the referenced image or frame",
            ),
            units=(("code", "EV", "{-1:1}", "UCUM", "{-1:1}"),),
        ),
        RowDef(
            key="24",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "110907", "Image Orientation (Patient) Column X"),
            condition="Shall be present if Row 21 is present, and is the fourth value of Image Orientation (Patient) (0020,0037) in the Image Instance for the referenced image or frame.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Shall be present if Row 21 is present, and is the fourth value of Image Orientation (Patient) (0020,0037) in the Image Instance for the referenced image or frame",
            ),
            units=(("code", "EV", "{-1:1}", "UCUM", "{-1:1}"),),
        ),
        RowDef(
            key="25",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "110908", "Image Orientation (Patient) Column Y"),
            condition="Shall be present if Row 21 is present, and is the fifth value of Image Orientation (Patient) (0020,0037) in the Image Instance for the referenced image or frame.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Shall be present if Row 21 is present, and is the fifth value of Image Orientation (Patient) (0020,0037) in the Image Instance for the referenced image or frame",
            ),
            units=(("code", "EV", "{-1:1}", "UCUM", "{-1:1}"),),
        ),
        RowDef(
            key="26",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "110909", "Image Orientation (Patient) Column Z"),
            condition="Shall be present if Row 21 is present, and is the sixth value of Image Orientation (Patient) (0020,0037) in the Image Instance for the referenced image or frame.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Shall be present if Row 21 is present, and is the sixth value of Image Orientation (Patient) (0020,0037) in the Image Instance for the referenced image or frame",
            ),
            units=(("code", "EV", "{-1:1}", "UCUM", "{-1:1}"),),
        ),
        RowDef(
            key="27",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "110910", "Pixel Data Rows"),
            condition="May be present if Rows (0028,0010) is in the Image Instance.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: May be present if Rows (0028,0010) is in the Image Instance",
            ),
            units=(("code", "EV", "{pixels}", "UCUM", "pixels"),),
        ),
        RowDef(
            key="28",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "110911", "Pixel Data Columns"),
            condition="Shall be present if Row 27 is present, and is the value of Columns (0028,0011) in the Image Instance.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Shall be present if Row 27 is present, and is the value of Columns (0028,0011) in the Image Instance",
            ),
            units=(("code", "EV", "{pixels}", "UCUM", "pixels"),),
        ),
    ),
)


@dataclass(kw_only=True)
class CADImageLibraryEntry(TemplatePart):
    """TID 4020 CAD Image Library Entry."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: Reference
    """The value of row 1 (IMAGE)."""

    image_laterality: Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (111027, DCM, \"Image Laterality\"), VM 1, MC: Shall be present if (0020,0062) is in the Image Instance; values $ImageLaterality"""

    image_view: CADImageLibraryEntryImageView | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (111031, DCM, \"Image View\"), VM 1, MC: Shall be present if (0054,0220) is in the Image Instance; values $ImageView"""

    patient_orientation_row: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT EV (111044, DCM, \"Patient Orientation Row\"), VM 1, MC: Shall be present if (0020,0020) is in the Image Instance"""

    patient_orientation_column: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: TEXT EV (111043, DCM, \"Patient Orientation Column\"), VM 1, MC: Shall be present if (0020,0020) is in the Image Instance"""

    study_date: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: DATE EV (111060, DCM, \"Study Date\"), VM 1, MC: Shall be present if (0008,0020) is in the Image Instance"""

    study_time: str | None = field(default=None, metadata={"row": "8"})
    """Row 8: TIME EV (111061, DCM, \"Study Time\"), VM 1, MC: Shall be present if (0008,0030) is in the Image Instance"""

    content_date: str | None = field(default=None, metadata={"row": "9"})
    """Row 9: DATE EV (111018, DCM, \"Content Date\"), VM 1, MC: Shall be present if (0008,0023) is in the Image Instance"""

    content_time: str | None = field(default=None, metadata={"row": "10"})
    """Row 10: TIME EV (111019, DCM, \"Content Time\"), VM 1, MC: Shall be present if (0008,0033) is in the Image Instance"""

    horizontal_pixel_spacing: Num | None = field(default=None, metadata={"row": "11"})
    """Row 11: NUM EV (111026, DCM, \"Horizontal Pixel Spacing\"), VM 1, MC: Shall be present if (0018,1164) or (0028,0030) is in the Image Instance; units EV (um, UCUM, \"micrometer\"), EV (mm, UCUM, \"millimeter\")"""

    vertical_pixel_spacing: Num | None = field(default=None, metadata={"row": "12"})
    """Row 12: NUM EV (111066, DCM, \"Vertical Pixel Spacing\"), VM 1, MC: Shall be present if (0018,1164) or (0028,0030) is in the Image Instance; units EV (um, UCUM, \"micrometer\"), EV (mm, UCUM, \"millimeter\")"""

    positioner_primary_angle: Num | None = field(default=None, metadata={"row": "13"})
    """Row 13: NUM EV (112011, DCM, \"Positioner Primary Angle\"), VM 1, UC: May be present if (0018,1510) is in the Image Instance; units EV (deg, UCUM, \"deg\")"""

    positioner_secondary_angle: Num | None = field(default=None, metadata={"row": "14"})
    """Row 14: NUM EV (112012, DCM, \"Positioner Secondary Angle\"), VM 1, UC: May be present if (0018,1511) is in the Image Instance; units EV (deg, UCUM, \"deg\")"""

    spacing_between_slices: Num | None = field(default=None, metadata={"row": "15"})
    """Row 15: NUM EV (112226, DCM, \"Spacing between slices\"), VM 1, UC: May be computed from the Image Position (Patient) (0020,0032) projected onto the normal to the Image Orientation (Patient) (0020,0037) if present; may or may not be the same as the Spacing Between Slices (0018,0088) if present.; units EV (mm, UCUM, \"millimeter\")"""

    slice_thickness: Num | None = field(default=None, metadata={"row": "16"})
    """Row 16: NUM EV (112225, DCM, \"Slice Thickness\"), VM 1, UC: May be present if Slice Thickness (0018,0050) is in the Image Instance.; units EV (mm, UCUM, \"millimeter\")"""

    frame_of_reference_uid: str | None = field(default=None, metadata={"row": "17"})
    """Row 17: UIDREF EV (112227, DCM, \"Frame of Reference UID\"), VM 1, UC: May be present if Frame of Reference UID (0020,0052) is in the Image Instance."""

    image_position_patient_x: Num | None = field(default=None, metadata={"row": "18"})
    """Row 18: NUM EV (110901, DCM, \"Image Position (Patient) X\"), VM 1, UC: May be present if Image Position (Patient) (0020,0032) is in the Image Instance, and is the first value of Image Position (Patient) (0020,0032) for the referenced image or frame.; units EV (mm, UCUM, \"millimeter\")"""

    image_position_patient_y: Num | None = field(default=None, metadata={"row": "19"})
    """Row 19: NUM EV (110902, DCM, \"Image Position (Patient) Y\"), VM 1, MC: Shall be present if Row 18 is present, and is the second value of Image Position (Patient) (0020,0032) in the Image Instance for the referenced image or frame.; units EV (mm, UCUM, \"millimeter\")"""

    image_position_patient_z: Num | None = field(default=None, metadata={"row": "20"})
    """Row 20: NUM EV (110903, DCM, \"Image Position (Patient) Z\"), VM 1, MC: Shall be present if Row 18 is present, and is the second value of Image Position (Patient) (0020,0032) in the Image Instance for the referenced image or frame.; units EV (mm, UCUM, \"millimeter\")"""

    image_orientation_patient_row_x: Num | None = field(default=None, metadata={"row": "21"})
    """Row 21: NUM EV (110904, DCM, \"Image Orientation (Patient) Row X\"), VM 1, UC: May be present if Image Position (Patient) (0020,0037) is in the Image Instance, and is the first value of Image Orientation (Patient) (0020,0037) for the referenced image or frame.; units EV ({-1:1}, UCUM, \"{-1:1}\")"""

    image_orientation_patient_row_y: Num | None = field(default=None, metadata={"row": "22"})
    """Row 22: NUM EV (110905, DCM, \"Image Orientation (Patient) Row Y\"), VM 1, MC: Shall be present if Row 21 is present, and is the second value of Image Orientation (Patient) (0020,0037) in the Image Instance for the referenced image or frame.; units EV ({-1:1}, UCUM, \"{-1:1}\")"""

    image_orientation_patient_row_z: Num | None = field(default=None, metadata={"row": "23"})
    """Row 23: NUM EV (110906, DCM, \"Image Orientation (Patient) Row Z\"), VM 1, MC: Shall be present if Row 21 is present, and is the third value of Image Orientation (Patient) (0020,0037) in the Image Instance for the referenced image or frame.; units EV ({-1:1}, UCUM, \"{-1:1}\")"""

    image_orientation_patient_column_x: Num | None = field(default=None, metadata={"row": "24"})
    """Row 24: NUM EV (110907, DCM, \"Image Orientation (Patient) Column X\"), VM 1, MC: Shall be present if Row 21 is present, and is the fourth value of Image Orientation (Patient) (0020,0037) in the Image Instance for the referenced image or frame.; units EV ({-1:1}, UCUM, \"{-1:1}\")"""

    image_orientation_patient_column_y: Num | None = field(default=None, metadata={"row": "25"})
    """Row 25: NUM EV (110908, DCM, \"Image Orientation (Patient) Column Y\"), VM 1, MC: Shall be present if Row 21 is present, and is the fifth value of Image Orientation (Patient) (0020,0037) in the Image Instance for the referenced image or frame.; units EV ({-1:1}, UCUM, \"{-1:1}\")"""

    image_orientation_patient_column_z: Num | None = field(default=None, metadata={"row": "26"})
    """Row 26: NUM EV (110909, DCM, \"Image Orientation (Patient) Column Z\"), VM 1, MC: Shall be present if Row 21 is present, and is the sixth value of Image Orientation (Patient) (0020,0037) in the Image Instance for the referenced image or frame.; units EV ({-1:1}, UCUM, \"{-1:1}\")"""

    pixel_data_rows: Num | None = field(default=None, metadata={"row": "27"})
    """Row 27: NUM EV (110910, DCM, \"Pixel Data Rows\"), VM 1, UC: May be present if Rows (0028,0010) is in the Image Instance.; units EV ({pixels}, UCUM, \"pixels\")"""

    pixel_data_columns: Num | None = field(default=None, metadata={"row": "28"})
    """Row 28: NUM EV (110911, DCM, \"Pixel Data Columns\"), VM 1, MC: Shall be present if Row 27 is present, and is the value of Columns (0028,0011) in the Image Instance.; units EV ({pixels}, UCUM, \"pixels\")"""


@dataclass(kw_only=True)
class CADImageLibraryEntryImageView(TemplatePart):
    """Row 3 of TID 4020."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: Code
    """The value of row 3 (CODE)."""

    image_view_modifier: list[Code] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: CODE EV (111032, DCM, \"Image View Modifier\"), VM 1-n, MC: Shall be present if (0054,0222) is in the Image Instance; values $ImageViewMod"""
