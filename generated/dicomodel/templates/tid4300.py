"""TID 4300 Prostate Multiparametric MR Imaging Report.

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
        tid1502,
        tid1600,
        tid1701,
        tid3106,
        tid4302,
        tid9007,
    )

__all__ = [
    "TEMPLATE",
    "ProstateMultiparametricMRImagingReport",
    "ProstateMultiparametricMRImagingReportProstateMriRelevantProcedureInformation",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4300",
    name="Prostate Multiparametric MR Imaging Report",
    extensible=True,
    order_significant=True,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code(
                "SCT", "719178004", "Multiparametric magnetic resonance imaging of prostate"
            ),
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
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="1502",
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130551", "Reporting system"),
            values=(("cid", "D", "6310"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="1600",
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="9007",
            bindings=(("$ProblemList", (("cid", "B", "6327"),)),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130552", "Prostate MRI relevant procedure information"),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3106",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130543", "Endorectal coil used"),
            values=(("cid", "D", "231"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="1701",
            bindings=(
                ("$ImageQualityControlStandard", (("cid", "B", "6353"),)),
                ("$StudyQualityFindings", (("cid", "B", "6314"),)),
                ("$SeriesQualityFindings", (("cid", "B", "6315"),)),
            ),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="4302",
        ),
    ),
)


@dataclass(kw_only=True)
class ProstateMultiparametricMRImagingReport(TemplatePart):
    """TID 4300 Prostate Multiparametric MR Imaging Report."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants = field(
        metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1204, VM 1, M"""

    observation_context: tid1001.ObservationContext = field(metadata={"row": "3"})
    """Row 3: INCLUDE DTID 1001, VM 1, M"""

    time_point_context: tid1502.TimePointContext | None = field(default=None, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 1502, VM 1, U"""

    reporting_system: groups.Cid6310Code = field(metadata={"row": "5"})
    """Row 5: CODE EV (130551, DCM, \"Reporting system\"), VM 1, M; values DCID 6310"""

    image_library: tid1600.ImageLibrary | None = field(default=None, metadata={"row": "6"})
    """Row 6: INCLUDE DTID 1600, VM 1, U"""

    general_relevant_patient_information: tid9007.GeneralRelevantPatientInformation | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 9007, VM 1, U"""

    prostate_mri_relevant_procedure_information: (
        ProstateMultiparametricMRImagingReportProstateMriRelevantProcedureInformation | None
    ) = field(default=None, metadata={"row": "8"})
    """Row 8: CONTAINER EV (130552, DCM, \"Prostate MRI relevant procedure information\"), VM 1, U"""

    imaging_study_quality: tid1701.ImagingStudyQuality | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 1701, VM 1, U"""

    prostate_imaging_findings: tid4302.ProstateImagingFindings = field(metadata={"row": "12"})
    """Row 12: INCLUDE DTID 4302, VM 1, M"""


@dataclass(kw_only=True)
class ProstateMultiparametricMRImagingReportProstateMriRelevantProcedureInformation(TemplatePart):
    """Row 8 of TID 4300."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "8"

    drugs_contrast_administered: list[tid3106.DrugsContrastAdministered] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 3106, VM 1-n, U"""

    endorectal_coil_used: groups.Cid231Code | None = field(default=None, metadata={"row": "10"})
    """Row 10: CODE EV (130543, DCM, \"Endorectal coil used\"), VM 1, U; values DCID 231"""
