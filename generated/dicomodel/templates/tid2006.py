"""TID 2006 Imaging Report With Conditional Radiation Exposure and Protection Information.

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
    from dicomodel.templates import tid1001, tid1204, tid1210, tid2002, tid2007, tid2008

__all__ = [
    "TEMPLATE",
    "ImagingReportWithConditionalRadiationExposureAndProtectionInformation",
    "ImagingReportWithConditionalRadiationExposureAndProtectionInformationCurrentProcedureDescriptions",
    "ImagingReportWithConditionalRadiationExposureAndProtectionInformationPriorProcedureDescriptions",
    "ImagingReportWithConditionalRadiationExposureAndProtectionInformationHistory",
    "ImagingReportWithConditionalRadiationExposureAndProtectionInformationRequest",
    "ImagingReportWithConditionalRadiationExposureAndProtectionInformationImpressions",
    "ImagingReportWithConditionalRadiationExposureAndProtectionInformationCid7001",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="2006",
    name="Imaging Report With Conditional Radiation Exposure and Protection Information",
    extensible=False,
    order_significant=False,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept_ref=("cid", "B", "7000"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121058", "Procedure reported"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            include="1204",
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            include="1210",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            include="1001",
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "55111-9", "Current Procedure Descriptions"),
        ),
        RowDef(key="7", nesting=2, value_type="INCLUDE", requirement="M", include="2007"),
        RowDef(
            key="8",
            nesting=1,
            value_type="CONTAINER",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("LN", "55114-3", "Prior Procedure Descriptions"),
            vm_min=1,
            vm_max=None,
            condition="IF relevant prior procedures have been performed.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF relevant prior procedures have been performed",
            ),
        ),
        RowDef(key="9", nesting=2, value_type="INCLUDE", requirement="M", include="2007"),
        RowDef(
            key="10",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "11329-0", "History"),
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="1001",
        ),
        RowDef(key="12", nesting=2, value_type="INCLUDE", requirement="M", include="2002"),
        RowDef(
            key="13",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "55115-0", "Request"),
        ),
        RowDef(
            key="14",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="1001",
        ),
        RowDef(key="15", nesting=2, value_type="INCLUDE", requirement="M", include="2002"),
        RowDef(
            key="16",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "19005-8", "Impressions"),
        ),
        RowDef(
            key="17",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="1001",
        ),
        RowDef(key="18", nesting=2, value_type="INCLUDE", requirement="M", include="2002"),
        RowDef(
            key="19",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="2008",
            condition="IF the current procedure exposes the patient to ionizing radiation.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF the current procedure exposes the patient to ionizing radiation",
            ),
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "B", "7001"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="21",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="1001",
        ),
        RowDef(key="22", nesting=2, value_type="INCLUDE", requirement="M", include="2002"),
    ),
)


@dataclass(kw_only=True)
class ImagingReportWithConditionalRadiationExposureAndProtectionInformation(TemplatePart):
    """TID 2006 Imaging Report With Conditional Radiation Exposure and Protection Information."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: groups.Cid7000Code | Code
    """The concept name of row 1."""

    procedure_reported: list[Code] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: CODE EV (121058, DCM, \"Procedure reported\"), VM 1-n, U"""

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants = field(
        metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 1204, VM 1, M"""

    equivalent_meaning_s_of_concept_name: list[tid1210.EquivalentMeaningSOfConceptName] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 1210, VM 1-n, U"""

    observation_context: tid1001.ObservationContext = field(metadata={"row": "5"})
    """Row 5: INCLUDE DTID 1001, VM 1, M"""

    current_procedure_descriptions: ImagingReportWithConditionalRadiationExposureAndProtectionInformationCurrentProcedureDescriptions = field(
        metadata={"row": "6"}
    )
    """Row 6: CONTAINER EV (55111-9, LN, \"Current Procedure Descriptions\"), VM 1, M"""

    prior_procedure_descriptions: list[
        ImagingReportWithConditionalRadiationExposureAndProtectionInformationPriorProcedureDescriptions
    ] = field(default_factory=no_items, metadata={"row": "8"})
    """Row 8: CONTAINER EV (55114-3, LN, \"Prior Procedure Descriptions\"), VM 1-n, MC: IF relevant prior procedures have been performed."""

    history: ImagingReportWithConditionalRadiationExposureAndProtectionInformationHistory = field(
        metadata={"row": "10"}
    )
    """Row 10: CONTAINER EV (11329-0, LN, \"History\"), VM 1, M"""

    request: ImagingReportWithConditionalRadiationExposureAndProtectionInformationRequest = field(
        metadata={"row": "13"}
    )
    """Row 13: CONTAINER EV (55115-0, LN, \"Request\"), VM 1, M"""

    impressions: ImagingReportWithConditionalRadiationExposureAndProtectionInformationImpressions = field(
        metadata={"row": "16"}
    )
    """Row 16: CONTAINER EV (19005-8, LN, \"Impressions\"), VM 1, M"""

    radiation_exposure_and_protection_information: (
        tid2008.RadiationExposureAndProtectionInformation | None
    ) = field(default=None, metadata={"row": "19"})
    """Row 19: INCLUDE DTID 2008, VM 1, MC: IF the current procedure exposes the patient to ionizing radiation."""

    cid_7001: list[ImagingReportWithConditionalRadiationExposureAndProtectionInformationCid7001] = (
        field(default_factory=no_items, metadata={"row": "20"})
    )
    """Row 20: CONTAINER BCID 7001, VM 1-n, U"""


@dataclass(kw_only=True)
class ImagingReportWithConditionalRadiationExposureAndProtectionInformationCurrentProcedureDescriptions(
    TemplatePart
):
    """Row 6 of TID 2006."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    imaging_procedure_description: tid2007.ImagingProcedureDescription = field(
        metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 2007, VM 1, M"""


@dataclass(kw_only=True)
class ImagingReportWithConditionalRadiationExposureAndProtectionInformationPriorProcedureDescriptions(
    TemplatePart
):
    """Row 8 of TID 2006."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "8"

    imaging_procedure_description: tid2007.ImagingProcedureDescription = field(
        metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 2007, VM 1, M"""


@dataclass(kw_only=True)
class ImagingReportWithConditionalRadiationExposureAndProtectionInformationHistory(TemplatePart):
    """Row 10 of TID 2006."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "10"

    observation_context: tid1001.ObservationContext | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 1001, VM 1, U"""

    report_narrative: tid2002.ReportNarrative = field(metadata={"row": "12"})
    """Row 12: INCLUDE DTID 2002, VM 1, M"""


@dataclass(kw_only=True)
class ImagingReportWithConditionalRadiationExposureAndProtectionInformationRequest(TemplatePart):
    """Row 13 of TID 2006."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "13"

    observation_context: tid1001.ObservationContext | None = field(
        default=None, metadata={"row": "14"}
    )
    """Row 14: INCLUDE DTID 1001, VM 1, U"""

    report_narrative: tid2002.ReportNarrative = field(metadata={"row": "15"})
    """Row 15: INCLUDE DTID 2002, VM 1, M"""


@dataclass(kw_only=True)
class ImagingReportWithConditionalRadiationExposureAndProtectionInformationImpressions(
    TemplatePart
):
    """Row 16 of TID 2006."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "16"

    observation_context: tid1001.ObservationContext | None = field(
        default=None, metadata={"row": "17"}
    )
    """Row 17: INCLUDE DTID 1001, VM 1, U"""

    report_narrative: tid2002.ReportNarrative = field(metadata={"row": "18"})
    """Row 18: INCLUDE DTID 2002, VM 1, M"""


@dataclass(kw_only=True)
class ImagingReportWithConditionalRadiationExposureAndProtectionInformationCid7001(TemplatePart):
    """Row 20 of TID 2006."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "20"

    concept: groups.Cid7001Code | Code
    """The concept name of row 20."""

    observation_context: tid1001.ObservationContext | None = field(
        default=None, metadata={"row": "21"}
    )
    """Row 21: INCLUDE DTID 1001, VM 1, U"""

    report_narrative: tid2002.ReportNarrative = field(metadata={"row": "22"})
    """Row 22: INCLUDE DTID 2002, VM 1, M"""
