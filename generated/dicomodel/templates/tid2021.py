"""TID 2021 Template for Spectacle Prescription Details.

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
    "TemplateForSpectaclePrescriptionDetails",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="2021",
    name="Template for Spectacle Prescription Details",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "251795007", "Sphere"),
            units=(("code", "EV", "[diop]", "UCUM", "diopters"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("SCT", "251797004", "Cylinder Power"),
            condition="IF Cylinder is prescribed",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IF Cylinder is prescribed"),
            units=(("code", "EV", "[diop]", "UCUM", "diopters"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("SCT", "251799001", "Axis"),
            condition="IF Row 2 is present",
            condition_status="parsed",
            required_if=("row_present", "2"),
            units=(("code", "EV", "deg", "UCUM", "degrees"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "111672", "Add Near"),
            condition="IF Add Near is prescribed",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IF Add Near is prescribed"),
            units=(("code", "EV", "[diop]", "UCUM", "diopters"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "111673", "Add Intermediate"),
            condition="IF Add Intermediate is prescribed",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IF Add Intermediate is prescribed"),
            units=(("code", "EV", "[diop]", "UCUM", "diopters"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "111674", "Add Other"),
            condition="IF Add Other is prescribed",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IF Add Other is prescribed"),
            units=(("code", "EV", "[diop]", "UCUM", "diopters"),),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "111675", "Horizontal Prism Power"),
            condition="IF Horizontal Prism is prescribed",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IF Horizontal Prism is prescribed"),
            units=(("code", "EV", "[p'diop]", "UCUM", "prism diopters"),),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "111676", "Horizontal Prism Base"),
            condition="IF Row 7 is present",
            condition_status="parsed",
            required_if=("row_present", "7"),
            values=(("cid", "D", "4214"),),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "111677", "Vertical Prism Power"),
            condition="IF Vertical Prism is prescribed",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IF Vertical Prism is prescribed"),
            units=(("code", "EV", "[p'diop]", "UCUM", "prism diopters"),),
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "111678", "Vertical Prism Base"),
            condition="IF Row 9 is present",
            condition_status="parsed",
            required_if=("row_present", "9"),
            values=(("cid", "D", "4215"),),
        ),
        RowDef(
            key="11",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "415813002", "Vertex distance"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
    ),
)


@dataclass(kw_only=True)
class TemplateForSpectaclePrescriptionDetails(TemplatePart):
    """TID 2021 Template for Spectacle Prescription Details."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    sphere: Num = field(metadata={"row": "1"})
    """Row 1: NUM EV (251795007, SCT, \"Sphere\"), VM 1, M; units EV ([diop], UCUM, \"diopters\")"""

    cylinder_power: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (251797004, SCT, \"Cylinder Power\"), VM 1, UC: IF Cylinder is prescribed; units EV ([diop], UCUM, \"diopters\")"""

    axis: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (251799001, SCT, \"Axis\"), VM 1, MC: IF Row 2 is present; units EV (deg, UCUM, \"degrees\")"""

    add_near: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (111672, DCM, \"Add Near\"), VM 1, UC: IF Add Near is prescribed; units EV ([diop], UCUM, \"diopters\")"""

    add_intermediate: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (111673, DCM, \"Add Intermediate\"), VM 1, UC: IF Add Intermediate is prescribed; units EV ([diop], UCUM, \"diopters\")"""

    add_other: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (111674, DCM, \"Add Other\"), VM 1, UC: IF Add Other is prescribed; units EV ([diop], UCUM, \"diopters\")"""

    horizontal_prism_power: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (111675, DCM, \"Horizontal Prism Power\"), VM 1, UC: IF Horizontal Prism is prescribed; units EV ([p'diop], UCUM, \"prism diopters\")"""

    horizontal_prism_base: groups.Cid4214Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (111676, DCM, \"Horizontal Prism Base\"), VM 1, MC: IF Row 7 is present; values DCID 4214"""

    vertical_prism_power: Num | None = field(default=None, metadata={"row": "9"})
    """Row 9: NUM EV (111677, DCM, \"Vertical Prism Power\"), VM 1, UC: IF Vertical Prism is prescribed; units EV ([p'diop], UCUM, \"prism diopters\")"""

    vertical_prism_base: groups.Cid4215Code | None = field(default=None, metadata={"row": "10"})
    """Row 10: CODE EV (111678, DCM, \"Vertical Prism Base\"), VM 1, MC: IF Row 9 is present; values DCID 4215"""

    vertex_distance: Num | None = field(default=None, metadata={"row": "11"})
    """Row 11: NUM EV (415813002, SCT, \"Vertex distance\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""
