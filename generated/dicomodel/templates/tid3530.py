"""TID 3530 Hemodynamic Acquisition Context.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Reference
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "HemodynamicAcquisitionContext",
    "HemodynamicAcquisitionContextLocationname",
    "HemodynamicAcquisitionContextSourceOfMeasurementRow5",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3530",
    name="Hemodynamic Acquisition Context",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept_ref=("parameter", "$LocationName"),
            values=(("parameter", "$LocationValue"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "106233006", "Topographical modifier"),
            values=(("cid", "B", "3019"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("SCT", "370129005", "Measurement Method"),
            values=(("cid", "B", "3241"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="WAVEFORM",
            requirement="UC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "121112", "Source of Measurement"),
            condition="XOR Row 5",
            condition_status="parsed",
            required_if=("not", ("row_present", "5")),
            forbidden_if=("row_present", "5"),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="TCOORD",
            requirement="UC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "121112", "Source of Measurement"),
            condition="XOR Row 4",
            condition_status="parsed",
            required_if=("not", ("row_present", "4")),
            forbidden_if=("row_present", "4"),
        ),
        RowDef(
            key="6", nesting=1, value_type="WAVEFORM", requirement="M", relationship="SELECTED FROM"
        ),
    ),
)


@dataclass(kw_only=True)
class HemodynamicAcquisitionContext(TemplatePart):
    """TID 3530 Hemodynamic Acquisition Context."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    locationname: HemodynamicAcquisitionContextLocationname = field(metadata={"row": "1"})
    """Row 1: CODE $LocationName, VM 1, M; values $LocationValue"""

    measurement_method: groups.Cid3241Code | Code | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: CODE EV (370129005, SCT, \"Measurement Method\"), VM 1, U; values BCID 3241"""

    source_of_measurement: Reference | None = field(default=None, metadata={"row": "4"})
    """Row 4: WAVEFORM DT (121112, DCM, \"Source of Measurement\"), VM 1, UC: XOR Row 5"""

    source_of_measurement_row_5: HemodynamicAcquisitionContextSourceOfMeasurementRow5 | None = (
        field(default=None, metadata={"row": "5"})
    )
    """Row 5: TCOORD DT (121112, DCM, \"Source of Measurement\"), VM 1, UC: XOR Row 4"""


@dataclass(kw_only=True)
class HemodynamicAcquisitionContextLocationname(TemplatePart):
    """Row 1 of TID 3530."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: Code
    """The concept name of row 1."""

    value: Code
    """The value of row 1 (CODE)."""

    topographical_modifier: groups.Cid3019Code | Code | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: CODE EV (106233006, SCT, \"Topographical modifier\"), VM 1, U; values BCID 3019"""


@dataclass(kw_only=True)
class HemodynamicAcquisitionContextSourceOfMeasurementRow5(TemplatePart):
    """Row 5 of TID 3530."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    waveform_6: Reference = field(metadata={"row": "6"})
    """Row 6: WAVEFORM -, VM 1, M"""
