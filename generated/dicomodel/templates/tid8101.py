"""TID 8101 Preclinical Small Animal Image Acquisition Context.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import (
        tid1001,
        tid1204,
        tid8110,
        tid8121,
        tid8122,
        tid8130,
        tid8140,
        tid8150,
        tid8170,
        tid8182,
        tid9002,
    )

__all__ = [
    "TEMPLATE",
    "PreclinicalSmallAnimalImageAcquisitionContext",
    "PreclinicalSmallAnimalImageAcquisitionContextAnimalHandlingDuringSpecifiedPhase",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="8101",
    name="Preclinical Small Animal Image Acquisition Context",
    extensible=True,
    order_significant=False,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "127001", "Preclinical Small Animal Imaging Acquisition Context"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            include="1204",
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            include="1001",
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="8110",
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127005", "Animal handling during specified phase"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "127006", "Phase of animal handling"),
            values=(("cid", "D", "634"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="DATETIME",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111526", "DateTime Started"),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="DATETIME",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111527", "DateTime Ended"),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="8121",
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="8122",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="12",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="8140",
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="8150",
        ),
        RowDef(
            key="14",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="8170",
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="8130",
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="9002",
            bindings=(
                (
                    "$ContainerConcept",
                    (("code", "EV", "10160-0", "LN", "History Of Medication Use"),),
                ),
                ("$CodeConcept", (("code", "EV", "111516", "DCM", "Medication Type"),)),
                ("$Route", (("cid", "D", "11"),)),
            ),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="8182",
            bindings=(
                ("$ContainerConcept", (("code", "EV", "127400", "DCM", "Exogenous substance"),)),
                ("$CodeConcept", (("cid", "D", "637"),)),
                ("$CodeValue", (("cid", "D", "638"),)),
                ("$Route", (("cid", "D", "11"),)),
                ("$Site", (("cid", "D", "644"),)),
                ("$TissueOfOrigin", (("cid", "D", "645"),)),
                ("$TaxonomicRankOfOrigin", (("cid", "D", "7454"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class PreclinicalSmallAnimalImageAcquisitionContext(TemplatePart):
    """TID 8101 Preclinical Small Animal Image Acquisition Context."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants = field(
        metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1204, VM 1, M"""

    observation_context: tid1001.ObservationContext = field(metadata={"row": "3"})
    """Row 3: INCLUDE DTID 1001, VM 1, M"""

    biosafety_conditions: tid8110.BiosafetyConditions | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 8110, VM 1, U"""

    animal_handling_during_specified_phase: list[
        PreclinicalSmallAnimalImageAcquisitionContextAnimalHandlingDuringSpecifiedPhase
    ] = field(default_factory=no_items, metadata={"row": "6"})
    """Row 6: CONTAINER EV (127005, DCM, \"Animal handling during specified phase\"), VM 1-n, U"""

    anesthesia: tid8130.Anesthesia | None = field(default=None, metadata={"row": "15"})
    """Row 15: INCLUDE DTID 8130, VM 1, U"""

    medication_substance_environmental_exposure: (
        tid9002.MedicationSubstanceEnvironmentalExposure | None
    ) = field(default=None, metadata={"row": "16"})
    """Row 16: INCLUDE DTID 9002, VM 1, U"""

    exogenous_substance_administration: tid8182.ExogenousSubstanceAdministration | None = field(
        default=None, metadata={"row": "17"}
    )
    """Row 17: INCLUDE DTID 8182, VM 1, U"""


@dataclass(kw_only=True)
class PreclinicalSmallAnimalImageAcquisitionContextAnimalHandlingDuringSpecifiedPhase(TemplatePart):
    """Row 6 of TID 8101."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    phase_of_animal_handling: groups.Cid634Code = field(metadata={"row": "7"})
    """Row 7: CODE EV (127006, DCM, \"Phase of animal handling\"), VM 1, M; values DCID 634"""

    datetime_started: str | None = field(default=None, metadata={"row": "8"})
    """Row 8: DATETIME EV (111526, DCM, \"DateTime Started\"), VM 1, U"""

    datetime_ended: str | None = field(default=None, metadata={"row": "9"})
    """Row 9: DATETIME EV (111527, DCM, \"DateTime Ended\"), VM 1, U"""

    animal_housing: tid8121.AnimalHousing | None = field(default=None, metadata={"row": "10"})
    """Row 10: INCLUDE DTID 8121, VM 1, U"""

    animal_feeding: list[tid8122.AnimalFeeding] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 8122, VM 1-n, U"""

    heating_conditions: tid8140.HeatingConditions | None = field(
        default=None, metadata={"row": "12"}
    )
    """Row 12: INCLUDE DTID 8140, VM 1, U"""

    circadian_effects: tid8150.CircadianEffects | None = field(default=None, metadata={"row": "13"})
    """Row 13: INCLUDE DTID 8150, VM 1, U"""

    physiological_monitoring_performed_during_procedure: (
        tid8170.PhysiologicalMonitoringPerformedDuringProcedure | None
    ) = field(default=None, metadata={"row": "14"})
    """Row 14: INCLUDE DTID 8170, VM 1, U"""
