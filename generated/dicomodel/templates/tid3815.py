"""TID 3815 Right Ventriculography Findings.

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
    from dicomodel.templates import tid300, tid3816

__all__ = [
    "TEMPLATE",
    "RightVentriculographyFindings",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3815",
    name="Right Ventriculography Findings",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121058", "Procedure reported"),
            values=(("code", "DT", "265483003", "SCT", "Right Ventriculography"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "10231-9", "LN", "RV Ejection Fraction"),)),
                ("$Units", (("code", "EV", "%", "UCUM", "%"),)),
                ("$Method", (("cid", "D", "3748"),)),
                ("$Derivation", (("cid", "D", "3745"),)),
            ),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "250964004", "Right Ventricular Cavity Size"),
            values=(("cid", "D", "3705"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "250949004", "Right Ventricular Contractility"),
            values=(("cid", "D", "3706"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3816",
        ),
    ),
)


@dataclass(kw_only=True)
class RightVentriculographyFindings(TemplatePart):
    """TID 3815 Right Ventriculography Findings."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    procedure_reported: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (121058, DCM, \"Procedure reported\"), VM 1, M; values DT (265483003, SCT, \"Right Ventriculography\")"""

    measurement: tid300.Measurement = field(metadata={"row": "3"})
    """Row 3: INCLUDE DTID 300, VM 1, M"""

    right_ventricular_cavity_size: groups.Cid3705Code | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: CODE EV (250964004, SCT, \"Right Ventricular Cavity Size\"), VM 1, U; values DCID 3705"""

    right_ventricular_contractility: groups.Cid3706Code | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: CODE EV (250949004, SCT, \"Right Ventricular Contractility\"), VM 1, U; values DCID 3706"""

    ventricular_assessment: tid3816.VentricularAssessment | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 3816, VM 1, U"""
