"""TID 1602 Image Library Entry Descriptors.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1603, tid1604, tid1605, tid1606, tid1607

__all__ = [
    "TEMPLATE",
    "ImageLibraryEntryDescriptors",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1602",
    name="Image Library Entry Descriptors",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "121139", "Modality"),
            values=(("cid", "D", "29"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "123014", "Target Region"),
            values=(("cid", "D", "4031"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111027", "Image Laterality"),
            values=(("cid", "D", "244"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="DATE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111060", "Study Date"),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="TIME",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111061", "Study Time"),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="DATE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111018", "Content Date"),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="TIME",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111019", "Content Time"),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="DATE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "126201", "Acquisition Date"),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="TIME",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "126202", "Acquisition Time"),
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="UIDREF",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "112227", "Frame of Reference UID"),
        ),
        RowDef(
            key="11",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "110910", "Pixel Data Rows"),
            units=(("code", "EV", "{pixels}", "UCUM", "pixels"),),
        ),
        RowDef(
            key="12",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "110911", "Pixel Data Columns"),
            units=(("code", "EV", "{pixels}", "UCUM", "pixels"),),
        ),
        RowDef(
            key="13",
            nesting=0,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            include="1603",
            condition='IFF Row 1 is present with a value of "CR", "DX", "IO", "MG, "PX", "RF", "RG" or "XA"',
            condition_status="parsed",
            required_if=(
                "row_code",
                "1",
                (
                    ("CR", "DCM"),
                    ("DX", "DCM"),
                    ("IO", "DCM"),
                    ("MG", "DCM"),
                    ("PX", "DCM"),
                    ("RF", "DCM"),
                    ("RG", "DCM"),
                    ("XA", "DCM"),
                ),
            ),
            forbidden_if=(
                "not",
                (
                    "row_code",
                    "1",
                    (
                        ("CR", "DCM"),
                        ("DX", "DCM"),
                        ("IO", "DCM"),
                        ("MG", "DCM"),
                        ("PX", "DCM"),
                        ("RF", "DCM"),
                        ("RG", "DCM"),
                        ("XA", "DCM"),
                    ),
                ),
            ),
        ),
        RowDef(
            key="14",
            nesting=0,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            include="1604",
            condition='IFF Row 1 is present with a value of "CT", "MR" or "PT"',
            condition_status="parsed",
            required_if=("row_code", "1", (("CT", "DCM"), ("MR", "DCM"), ("PT", "DCM"))),
            forbidden_if=("not", ("row_code", "1", (("CT", "DCM"), ("MR", "DCM"), ("PT", "DCM")))),
        ),
        RowDef(
            key="15",
            nesting=0,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            include="1605",
            condition='IFF Row 1 is present with a value of "CT"',
            condition_status="parsed",
            required_if=("row_code", "1", (("CT", "DCM"),)),
            forbidden_if=("not", ("row_code", "1", (("CT", "DCM"),))),
        ),
        RowDef(
            key="16",
            nesting=0,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            include="1606",
            condition='IFF Row 1 is present with a value of "MR"',
            condition_status="parsed",
            required_if=("row_code", "1", (("MR", "DCM"),)),
            forbidden_if=("not", ("row_code", "1", (("MR", "DCM"),))),
        ),
        RowDef(
            key="17",
            nesting=0,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            include="1607",
            condition='IFF Row 1 is present with a value of "PT"',
            condition_status="parsed",
            required_if=("row_code", "1", (("PT", "DCM"),)),
            forbidden_if=("not", ("row_code", "1", (("PT", "DCM"),))),
        ),
    ),
)


@dataclass(kw_only=True)
class ImageLibraryEntryDescriptors(TemplatePart):
    """TID 1602 Image Library Entry Descriptors."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    modality: groups.Cid29Code | None = field(default=None, metadata={"row": "1"})
    """Row 1: CODE EV (121139, DCM, \"Modality\"), VM 1, U; values DCID 29"""

    target_region: groups.Cid4031Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (123014, DCM, \"Target Region\"), VM 1, U; values DCID 4031"""

    image_laterality: groups.Cid244Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (111027, DCM, \"Image Laterality\"), VM 1, U; values DCID 244"""

    study_date: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: DATE EV (111060, DCM, \"Study Date\"), VM 1, U"""

    study_time: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TIME EV (111061, DCM, \"Study Time\"), VM 1, U"""

    content_date: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: DATE EV (111018, DCM, \"Content Date\"), VM 1, U"""

    content_time: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: TIME EV (111019, DCM, \"Content Time\"), VM 1, U"""

    acquisition_date: str | None = field(default=None, metadata={"row": "8"})
    """Row 8: DATE EV (126201, DCM, \"Acquisition Date\"), VM 1, U"""

    acquisition_time: str | None = field(default=None, metadata={"row": "9"})
    """Row 9: TIME EV (126202, DCM, \"Acquisition Time\"), VM 1, U"""

    frame_of_reference_uid: str | None = field(default=None, metadata={"row": "10"})
    """Row 10: UIDREF EV (112227, DCM, \"Frame of Reference UID\"), VM 1, U"""

    pixel_data_rows: Num | None = field(default=None, metadata={"row": "11"})
    """Row 11: NUM EV (110910, DCM, \"Pixel Data Rows\"), VM 1, U; units EV ({pixels}, UCUM, \"pixels\")"""

    pixel_data_columns: Num | None = field(default=None, metadata={"row": "12"})
    """Row 12: NUM EV (110911, DCM, \"Pixel Data Columns\"), VM 1, U; units EV ({pixels}, UCUM, \"pixels\")"""

    image_library_entry_descriptors_for_projection_radiography: (
        tid1603.ImageLibraryEntryDescriptorsForProjectionRadiography | None
    ) = field(default=None, metadata={"row": "13"})
    """Row 13: INCLUDE DTID 1603, VM 1, MC: IFF Row 1 is present with a value of \"CR\", \"DX\", \"IO\", \"MG, \"PX\", \"RF\", \"RG\" or \"XA\""""

    image_library_entry_descriptors_for_cross_sectional_modalities: (
        tid1604.ImageLibraryEntryDescriptorsForCrossSectionalModalities | None
    ) = field(default=None, metadata={"row": "14"})
    """Row 14: INCLUDE DTID 1604, VM 1, MC: IFF Row 1 is present with a value of \"CT\", \"MR\" or \"PT\""""

    image_library_entry_descriptors_for_ct: tid1605.ImageLibraryEntryDescriptorsForCT | None = (
        field(default=None, metadata={"row": "15"})
    )
    """Row 15: INCLUDE DTID 1605, VM 1, MC: IFF Row 1 is present with a value of \"CT\""""

    image_library_entry_descriptors_for_mr: tid1606.ImageLibraryEntryDescriptorsForMR | None = (
        field(default=None, metadata={"row": "16"})
    )
    """Row 16: INCLUDE DTID 1606, VM 1, MC: IFF Row 1 is present with a value of \"MR\""""

    image_library_entry_descriptors_for_pet: tid1607.ImageLibraryEntryDescriptorsForPET | None = (
        field(default=None, metadata={"row": "17"})
    )
    """Row 17: INCLUDE DTID 1607, VM 1, MC: IFF Row 1 is present with a value of \"PT\""""
