"""TID 3113 Patient Support.

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
    from dicomodel.templates import tid3010

__all__ = [
    "TEMPLATE",
    "PatientSupport",
    "PatientSupportCid3530",
    "PatientSupportCid3550",
    "PatientSupportCid3551",
    "PatientSupportCid3552",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3113",
    name="Patient Support",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept_ref=("cid", "D", "3530"),
            values=(("cid", "D", "3531"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121160", "Oxygen Administration Rate"),
            condition='IFF Row 1 Concept is (121161, DCM, "Begin Oxygen Administration")',
            condition_status="parsed",
            required_if=("row_concept", "1", (("121161", "DCM"),)),
            forbidden_if=("not", ("row_concept", "1", (("121161", "DCM"),))),
            units=(("code", "DT", "l/min", "UCUM", "l/min"),),
        ),
        RowDef(key="3", nesting=1, value_type="INCLUDE", requirement="U", include="3010"),
        RowDef(
            key="4",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept_ref=("cid", "D", "3550"),
            values=(("cid", "D", "3553"),),
        ),
        RowDef(key="5", nesting=1, value_type="INCLUDE", requirement="U", include="3010"),
        RowDef(
            key="6",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept_ref=("cid", "D", "3551"),
            values=(("cid", "D", "3554"),),
        ),
        RowDef(key="7", nesting=1, value_type="INCLUDE", requirement="U", include="3010"),
        RowDef(
            key="8",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept_ref=("cid", "D", "3552"),
            values=(("cid", "D", "3555"),),
        ),
        RowDef(key="9", nesting=1, value_type="INCLUDE", requirement="U", include="3010"),
    ),
)


@dataclass(kw_only=True)
class PatientSupport(TemplatePart):
    """TID 3113 Patient Support."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    cid_3530: PatientSupportCid3530 | None = field(default=None, metadata={"row": "1"})
    """Row 1: CODE DCID 3530, VM 1, U; values DCID 3531"""

    cid_3550: PatientSupportCid3550 | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE DCID 3550, VM 1, U; values DCID 3553"""

    cid_3551: PatientSupportCid3551 | None = field(default=None, metadata={"row": "6"})
    """Row 6: CODE DCID 3551, VM 1, U; values DCID 3554"""

    cid_3552: PatientSupportCid3552 | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE DCID 3552, VM 1, U; values DCID 3555"""


@dataclass(kw_only=True)
class PatientSupportCid3530(TemplatePart):
    """Row 1 of TID 3113."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: groups.Cid3530Code
    """The concept name of row 1."""

    value: groups.Cid3531Code
    """The value of row 1 (CODE)."""

    oxygen_administration_rate: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (121160, DCM, \"Oxygen Administration Rate\"), VM 1, MC: IFF Row 1 Concept is (121161, DCM, \"Begin Oxygen Administration\"); units DT (l/min, UCUM, \"l/min\")"""

    log_entry_qualifiers: tid3010.LogEntryQualifiers | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 3010, VM 1, U"""


@dataclass(kw_only=True)
class PatientSupportCid3550(TemplatePart):
    """Row 4 of TID 3113."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    concept: groups.Cid3550Code
    """The concept name of row 4."""

    value: groups.Cid3553Code
    """The value of row 4 (CODE)."""

    log_entry_qualifiers: tid3010.LogEntryQualifiers | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 3010, VM 1, U"""


@dataclass(kw_only=True)
class PatientSupportCid3551(TemplatePart):
    """Row 6 of TID 3113."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    concept: groups.Cid3551Code
    """The concept name of row 6."""

    value: groups.Cid3554Code
    """The value of row 6 (CODE)."""

    log_entry_qualifiers: tid3010.LogEntryQualifiers | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 3010, VM 1, U"""


@dataclass(kw_only=True)
class PatientSupportCid3552(TemplatePart):
    """Row 8 of TID 3113."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "8"

    concept: groups.Cid3552Code
    """The concept name of row 8."""

    value: groups.Cid3555Code
    """The value of row 8 (CODE)."""

    log_entry_qualifiers: tid3010.LogEntryQualifiers | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 3010, VM 1, U"""
