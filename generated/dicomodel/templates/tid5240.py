"""TID 5240 Myocardial Strain Analysis.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid5301, tid5302

__all__ = [
    "TEMPLATE",
    "MyocardialStrainAnalysis",
    "MyocardialStrainAnalysisPreCoordinatedMeasurements",
    "MyocardialStrainAnalysisPostCoordinatedMeasurements",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5240",
    name="Myocardial Strain Analysis",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "125301", "Pre-coordinated Measurements"),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5301",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "12309"),)),
                ("$Preferred", (("cid", "D", "12301"),)),
            ),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "125302", "Post-coordinated Measurements"),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5302",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Preferred", (("cid", "D", "12301"),)),
                ("$Property", (("cid", "D", "12311"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class MyocardialStrainAnalysis(TemplatePart):
    """TID 5240 Myocardial Strain Analysis."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    pre_coordinated_measurements: MyocardialStrainAnalysisPreCoordinatedMeasurements = field(
        metadata={"row": "2"}
    )
    """Row 2: CONTAINER EV (125301, DCM, \"Pre-coordinated Measurements\"), VM 1, M"""

    post_coordinated_measurements: MyocardialStrainAnalysisPostCoordinatedMeasurements = field(
        metadata={"row": "4"}
    )
    """Row 4: CONTAINER EV (125302, DCM, \"Post-coordinated Measurements\"), VM 1, M"""


@dataclass(kw_only=True)
class MyocardialStrainAnalysisPreCoordinatedMeasurements(TemplatePart):
    """Row 2 of TID 5240."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    pre_coordinated_echo_measurement: list[tid5301.PreCoordinatedEchoMeasurement] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 5301, VM 1-n, U"""


@dataclass(kw_only=True)
class MyocardialStrainAnalysisPostCoordinatedMeasurements(TemplatePart):
    """Row 4 of TID 5240."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    post_coordinated_echo_measurement: list[tid5302.PostCoordinatedEchoMeasurement] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 5302, VM 1-n, U"""
