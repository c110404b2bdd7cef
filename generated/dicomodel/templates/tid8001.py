"""TID 8001 Specimen Preparation.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid8002, tid8003

__all__ = [
    "TEMPLATE",
    "SpecimenPreparation",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="8001",
    name="Specimen Preparation",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="TEXT",
            requirement="M",
            concept=Code("DCM", "121041", "Specimen Identifier"),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "111724", "Issuer of Specimen Identifier"),
        ),
        RowDef(
            key="2a",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "434711009", "Specimen container"),
            values=(("cid", "B", "8101"),),
        ),
        RowDef(
            key="2b",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "371439000", "Specimen type"),
            values=(("cid", "B", "8103"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "111701", "Processing type"),
            values=(("cid", "D", "8111"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="DATETIME",
            requirement="U",
            concept=Code("DCM", "111702", "DateTime of processing"),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "111703", "Processing step description"),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "111703", "Processing step description"),
            values=(("cid", "D", "8113"),),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="CODE",
            requirement="MC",
            concept=Code("SCT", "17636008", "Specimen Collection"),
            condition='IFF Row 3 Processing Type value is (17636008, SCT, "Specimen Collection")',
            condition_status="parsed",
            required_if=("row_code", "3", (("17636008", "SCT"),)),
            forbidden_if=("not", ("row_code", "3", (("17636008", "SCT"),))),
            values=(("cid", "B", "8109"),),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="INCLUDE",
            requirement="MC",
            include="8002",
            condition='IFF Row 3 Processing Type value is (433465004, SCT, "Specimen Sampling")',
            condition_status="parsed",
            required_if=("row_code", "3", (("433465004", "SCT"),)),
            forbidden_if=("not", ("row_code", "3", (("433465004", "SCT"),))),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="INCLUDE",
            requirement="MC",
            include="8003",
            condition='IFF Row 3 Processing type value is (127790008, SCT, "Staining")',
            condition_status="parsed",
            required_if=("row_code", "3", (("127790008", "SCT"),)),
            forbidden_if=("not", ("row_code", "3", (("127790008", "SCT"),))),
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "430864009", "Tissue Fixative"),
            values=(("cid", "B", "8114"),),
        ),
        RowDef(
            key="11",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "430863003", "Embedding medium"),
            values=(("cid", "B", "8115"),),
        ),
    ),
)


@dataclass(kw_only=True)
class SpecimenPreparation(TemplatePart):
    """TID 8001 Specimen Preparation."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    specimen_identifier: str = field(metadata={"row": "1"})
    """Row 1: TEXT EV (121041, DCM, \"Specimen Identifier\"), VM 1, M"""

    issuer_of_specimen_identifier: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT EV (111724, DCM, \"Issuer of Specimen Identifier\"), VM 1, U"""

    specimen_container: groups.Cid8101Code | Code | None = field(
        default=None, metadata={"row": "2a"}
    )
    """Row 2a: CODE DT (434711009, SCT, \"Specimen container\"), VM 1, U; values BCID 8101"""

    specimen_type: groups.Cid8103Code | Code | None = field(default=None, metadata={"row": "2b"})
    """Row 2b: CODE DT (371439000, SCT, \"Specimen type\"), VM 1, U; values BCID 8103"""

    processing_type: groups.Cid8111Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (111701, DCM, \"Processing type\"), VM 1, M; values DCID 8111"""

    datetime_of_processing: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: DATETIME DT (111702, DCM, \"DateTime of processing\"), VM 1, U"""

    processing_step_description: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT DT (111703, DCM, \"Processing step description\"), VM 1, U"""

    processing_step_description_row_6: groups.Cid8113Code | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: CODE DT (111703, DCM, \"Processing step description\"), VM 1, U; values DCID 8113"""

    specimen_collection: groups.Cid8109Code | Code | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: CODE DT (17636008, SCT, \"Specimen Collection\"), VM 1, MC: IFF Row 3 Processing Type value is (17636008, SCT, \"Specimen Collection\"); values BCID 8109"""

    specimen_sampling: tid8002.SpecimenSampling | None = field(default=None, metadata={"row": "8"})
    """Row 8: INCLUDE DTID 8002, VM 1, MC: IFF Row 3 Processing Type value is (433465004, SCT, \"Specimen Sampling\")"""

    specimen_staining: tid8003.SpecimenStaining | None = field(default=None, metadata={"row": "9"})
    """Row 9: INCLUDE DTID 8003, VM 1, MC: IFF Row 3 Processing type value is (127790008, SCT, \"Staining\")"""

    tissue_fixative: groups.Cid8114Code | Code | None = field(default=None, metadata={"row": "10"})
    """Row 10: CODE DT (430864009, SCT, \"Tissue Fixative\"), VM 1, U; values BCID 8114"""

    embedding_medium: groups.Cid8115Code | Code | None = field(default=None, metadata={"row": "11"})
    """Row 11: CODE DT (430863003, SCT, \"Embedding medium\"), VM 1, U; values BCID 8115"""
