"""TID 11003 Imaging Agent Administration Activity.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ImagingAgentAdministrationActivity",
    "ImagingAgentAdministrationActivityBolusShapingCurve",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="11003",
    name="Imaging Agent Administration Activity",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130237", "Imaging Agent Administration Activity"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130255", "Referenced Imaging Agent Identifier"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122091", "Volume Administered"),
            units=(("code", "EV", "ml", "UCUM", "ml"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "130208", "Starting Flow Rate of Administration"),
            condition='IF TID 11007 Row 4 = (130173, DCM, "Automated Administration")',
            condition_status="undecidable",
            required_if=("unknown", "a row of another template: TID 11007 Row 4 = §0"),
            units=(("code", "EV", "ml/s", "UCUM", "ml/s"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "130209", "Ending Flow Rate of administration"),
            condition='IF value of Row 7 = (130253, DCM, "Linear Curve")',
            condition_status="parsed",
            required_if=("row_code", "7", (("130253", "DCM"),)),
            units=(("code", "EV", "ml/s", "UCUM", "ml/s"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "130207", "Rise Time"),
            condition='IF root Concept Name Code Sequence = (130227, DCM, "Performed Imaging Agent Administration")',
            condition_status="parsed",
            required_if=("root_concept", (("130227", "DCM"),)),
            units=(("code", "EV", "s", "UCUM", "s"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130210", "Bolus Shaping Curve"),
            values=(("cid", "D", "73"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111002", "Algorithm Parameters"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "130244", "Peak Flow Rate in Phase Activity"),
            condition='IF TID 11007 Row 4 = (130173, DCM, "Automated Administration")\nAND\nIFF root Concept Name Code Sequence = (130227, DCM, "Performed Imaging Agent Administration")',
            condition_status="undecidable",
            required_if=(
                "and",
                ("unknown", "a row of another template: TID 11007 Row 4 = §0"),
                ("root_concept", (("130227", "DCM"),)),
            ),
            forbidden_if=("not", ("root_concept", (("130227", "DCM"),))),
            units=(("code", "EV", "ml/s", "UCUM", "ml/s"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "130245", "Peak Pressure in Phase Activity"),
            condition='IF value of Row 4 = (130173, DCM, "Automated Administration")\nAND\nIFF root Concept Name Code Sequence = (130227, DCM, "Performed Imaging Agent Administration")',
            condition_status="parsed",
            required_if=(
                "and",
                ("row_code", "4", (("130173", "DCM"),)),
                ("root_concept", (("130227", "DCM"),)),
            ),
            forbidden_if=("not", ("root_concept", (("130227", "DCM"),))),
            units=(("code", "EV", "kPa", "UCUM", "kPa"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "130205", "Initial Volume of Imaging Agent in Container"),
            condition='IFF root Concept Name Code Sequence = (130227, DCM, "Performed Imaging Agent Administration")',
            condition_status="parsed",
            required_if=("root_concept", (("130227", "DCM"),)),
            forbidden_if=("not", ("root_concept", (("130227", "DCM"),))),
            units=(("code", "EV", "ml", "UCUM", "ml"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "130206", "Residual Volume of Imaging Agent in Container"),
            condition='IFF root Concept Name Code Sequence = (130227, DCM, "Performed Imaging Agent Administration")',
            condition_status="parsed",
            required_if=("root_concept", (("130227", "DCM"),)),
            forbidden_if=("not", ("root_concept", (("130227", "DCM"),))),
            units=(("code", "EV", "ml", "UCUM", "ml"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="DATETIME",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "111526", "DateTime Started"),
            condition='IFF root Concept Name Code Sequence = (130227, DCM, "Performed Imaging Agent Administration")',
            condition_status="parsed",
            required_if=("root_concept", (("130227", "DCM"),)),
            forbidden_if=("not", ("root_concept", (("130227", "DCM"),))),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("UMLS", "C0449238", "Duration"),
            condition='IF root Concept Name Code Sequence = (130227, DCM, "Performed Imaging Agent Administration")',
            condition_status="parsed",
            required_if=("root_concept", (("130227", "DCM"),)),
            units=(("code", "EV", "s", "UCUM", "s"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ImagingAgentAdministrationActivity(TemplatePart):
    """TID 11003 Imaging Agent Administration Activity."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    referenced_imaging_agent_identifier: str = field(metadata={"row": "2"})
    """Row 2: TEXT EV (130255, DCM, \"Referenced Imaging Agent Identifier\"), VM 1, M"""

    volume_administered: Num = field(metadata={"row": "3"})
    """Row 3: NUM EV (122091, DCM, \"Volume Administered\"), VM 1, M; units EV (ml, UCUM, \"ml\")"""

    starting_flow_rate_of_administration: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (130208, DCM, \"Starting Flow Rate of Administration\"), VM 1, MC: IF TID 11007 Row 4 = (130173, DCM, \"Automated Administration\"); units EV (ml/s, UCUM, \"ml/s\")"""

    ending_flow_rate_of_administration: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (130209, DCM, \"Ending Flow Rate of administration\"), VM 1, MC: IF value of Row 7 = (130253, DCM, \"Linear Curve\"); units EV (ml/s, UCUM, \"ml/s\")"""

    rise_time: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (130207, DCM, \"Rise Time\"), VM 1, UC: IF root Concept Name Code Sequence = (130227, DCM, \"Performed Imaging Agent Administration\"); units EV (s, UCUM, \"s\")"""

    bolus_shaping_curve: ImagingAgentAdministrationActivityBolusShapingCurve | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: CODE EV (130210, DCM, \"Bolus Shaping Curve\"), VM 1, U; values DCID 73"""

    peak_flow_rate_in_phase_activity: Num | None = field(default=None, metadata={"row": "9"})
    """Row 9: NUM EV (130244, DCM, \"Peak Flow Rate in Phase Activity\"), VM 1, MC: IF TID 11007 Row 4 = (130173, DCM, \"Automated Administration\") AND IFF root Concept Name Code Sequence = (130227, DCM, \"Performed Imaging Agent Administration\"); units EV (ml/s, UCUM, \"ml/s\")"""

    peak_pressure_in_phase_activity: Num | None = field(default=None, metadata={"row": "10"})
    """Row 10: NUM EV (130245, DCM, \"Peak Pressure in Phase Activity\"), VM 1, MC: IF value of Row 4 = (130173, DCM, \"Automated Administration\") AND IFF root Concept Name Code Sequence = (130227, DCM, \"Performed Imaging Agent Administration\"); units EV (kPa, UCUM, \"kPa\")"""

    initial_volume_of_imaging_agent_in_container: Num | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: NUM EV (130205, DCM, \"Initial Volume of Imaging Agent in Container\"), VM 1, UC: IFF root Concept Name Code Sequence = (130227, DCM, \"Performed Imaging Agent Administration\"); units EV (ml, UCUM, \"ml\")"""

    residual_volume_of_imaging_agent_in_container: Num | None = field(
        default=None, metadata={"row": "12"}
    )
    """Row 12: NUM EV (130206, DCM, \"Residual Volume of Imaging Agent in Container\"), VM 1, UC: IFF root Concept Name Code Sequence = (130227, DCM, \"Performed Imaging Agent Administration\"); units EV (ml, UCUM, \"ml\")"""

    datetime_started: str | None = field(default=None, metadata={"row": "13"})
    """Row 13: DATETIME EV (111526, DCM, \"DateTime Started\"), VM 1, MC: IFF root Concept Name Code Sequence = (130227, DCM, \"Performed Imaging Agent Administration\")"""

    duration: Num | None = field(default=None, metadata={"row": "14"})
    """Row 14: NUM EV (C0449238, UMLS, \"Duration\"), VM 1, MC: IF root Concept Name Code Sequence = (130227, DCM, \"Performed Imaging Agent Administration\"); units EV (s, UCUM, \"s\")"""


@dataclass(kw_only=True)
class ImagingAgentAdministrationActivityBolusShapingCurve(TemplatePart):
    """Row 7 of TID 11003."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    value: groups.Cid73Code
    """The value of row 7 (CODE)."""

    algorithm_parameters: list[str] = field(default_factory=no_items, metadata={"row": "8"})
    """Row 8: TEXT EV (111002, DCM, \"Algorithm Parameters\"), VM 1-n, U"""
