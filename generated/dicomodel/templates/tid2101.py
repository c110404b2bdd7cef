"""TID 2101 Macular Grid Thickness and Volume Measurement.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid2102

__all__ = [
    "TEMPLATE",
    "MacularGridThicknessAndVolumeMeasurement",
    "MacularGridThicknessAndVolumeMeasurementFindingSite",
    "MacularGridThicknessAndVolumeMeasurementAnalysisQualityRating",
    "MacularGridThicknessAndVolumeMeasurementImageSetQualityRating",
    "MacularGridThicknessAndVolumeMeasurementImageQualityRating",
    "MacularGridThicknessAndVolumeMeasurementVisualFixationQualityDuringAcquisition",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="2101",
    name="Macular Grid Thickness and Volume Measurement",
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
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("code", "EV", "81745001", "SCT", "Eye"),),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("parameter", "$Laterality"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "57108-3", "Macular Grid.Center Point Thickness"),
            units=(("code", "EV", "um", "UCUM", "micrometer"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "57109-1", "Macular Grid.Center Subfield Thickness"),
            units=(("code", "EV", "um", "UCUM", "micrometer"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "57110-9", "Macular Grid.Inner Superior Subfield Thickness"),
            units=(("code", "EV", "um", "UCUM", "micrometer"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "57111-7", "Macular Grid.Inner Nasal Subfield Thickness"),
            units=(("code", "EV", "um", "UCUM", "micrometer"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "57112-5", "Macular Grid.Inner Inferior Subfield Thickness"),
            units=(("code", "EV", "um", "UCUM", "micrometer"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "57113-3", "Macular Grid.Inner Temporal Subfield Thickness"),
            units=(("code", "EV", "um", "UCUM", "micrometer"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "57114-1", "Macular Grid.Outer Superior Subfield Thickness"),
            units=(("code", "EV", "um", "UCUM", "micrometer"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "57115-8", "Macular Grid.Outer Nasal Subfield Thickness"),
            units=(("code", "EV", "um", "UCUM", "micrometer"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "57116-6", "Macular Grid.Outer Inferior Subfield Thickness"),
            units=(("code", "EV", "um", "UCUM", "micrometer"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "57117-4", "Macular Grid.Outer Temporal Subfield Thickness"),
            units=(("code", "EV", "um", "UCUM", "micrometer"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "57118-2", "Macular Grid.Total Volume"),
            units=(("code", "EV", "mm3", "UCUM", "mm3"),),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111691", "Number of Images Used for Macular Measurements"),
            units=(("code", "EV", "{images}", "UCUM", "images"),),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111692", "Number of Samples Used per Image"),
            units=(("code", "EV", "{samples}", "UCUM", "samples"),),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111693", "Analysis Quality Rating"),
            units=(("code", "EV", "{0:100}", "UCUM", "range:0:100"),),
        ),
        RowDef(
            key="18",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            include="2102",
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111694", "Image Set Quality Rating"),
            units=(("code", "EV", "{0:100}", "UCUM", "range:0:100"),),
        ),
        RowDef(
            key="20",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            include="2102",
        ),
        RowDef(
            key="21",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111029", "Image Quality Rating"),
            vm_min=1,
            vm_max=None,
            units=(("code", "EV", "{0:100}", "UCUM", "range:0:100"),),
        ),
        RowDef(
            key="22", nesting=2, value_type="IMAGE", requirement="M", relationship="INFERRED FROM"
        ),
        RowDef(
            key="23",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            include="2102",
        ),
        RowDef(
            key="24",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111696", "Visual Fixation Quality During Acquisition"),
            values=(("cid", "D", "4220"),),
        ),
        RowDef(
            key="25",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "111697", "Visual Fixation Quality Problem"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "4221"),),
        ),
        RowDef(
            key="26",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111698", "Ophthalmic Macular Grid Problem"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "4222"),),
        ),
        RowDef(
            key="27",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
    ),
)


@dataclass(kw_only=True)
class MacularGridThicknessAndVolumeMeasurement(TemplatePart):
    """TID 2101 Macular Grid Thickness and Volume Measurement."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    finding_site: MacularGridThicknessAndVolumeMeasurementFindingSite = field(metadata={"row": "2"})
    """Row 2: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values EV (81745001, SCT, \"Eye\")"""

    macular_grid_center_point_thickness: Num = field(metadata={"row": "4"})
    """Row 4: NUM EV (57108-3, LN, \"Macular Grid.Center Point Thickness\"), VM 1, M; units EV (um, UCUM, \"micrometer\")"""

    macular_grid_center_subfield_thickness: Num = field(metadata={"row": "5"})
    """Row 5: NUM EV (57109-1, LN, \"Macular Grid.Center Subfield Thickness\"), VM 1, M; units EV (um, UCUM, \"micrometer\")"""

    macular_grid_inner_superior_subfield_thickness: Num = field(metadata={"row": "6"})
    """Row 6: NUM EV (57110-9, LN, \"Macular Grid.Inner Superior Subfield Thickness\"), VM 1, M; units EV (um, UCUM, \"micrometer\")"""

    macular_grid_inner_nasal_subfield_thickness: Num = field(metadata={"row": "7"})
    """Row 7: NUM EV (57111-7, LN, \"Macular Grid.Inner Nasal Subfield Thickness\"), VM 1, M; units EV (um, UCUM, \"micrometer\")"""

    macular_grid_inner_inferior_subfield_thickness: Num = field(metadata={"row": "8"})
    """Row 8: NUM EV (57112-5, LN, \"Macular Grid.Inner Inferior Subfield Thickness\"), VM 1, M; units EV (um, UCUM, \"micrometer\")"""

    macular_grid_inner_temporal_subfield_thickness: Num = field(metadata={"row": "9"})
    """Row 9: NUM EV (57113-3, LN, \"Macular Grid.Inner Temporal Subfield Thickness\"), VM 1, M; units EV (um, UCUM, \"micrometer\")"""

    macular_grid_outer_superior_subfield_thickness: Num = field(metadata={"row": "10"})
    """Row 10: NUM EV (57114-1, LN, \"Macular Grid.Outer Superior Subfield Thickness\"), VM 1, M; units EV (um, UCUM, \"micrometer\")"""

    macular_grid_outer_nasal_subfield_thickness: Num = field(metadata={"row": "11"})
    """Row 11: NUM EV (57115-8, LN, \"Macular Grid.Outer Nasal Subfield Thickness\"), VM 1, M; units EV (um, UCUM, \"micrometer\")"""

    macular_grid_outer_inferior_subfield_thickness: Num = field(metadata={"row": "12"})
    """Row 12: NUM EV (57116-6, LN, \"Macular Grid.Outer Inferior Subfield Thickness\"), VM 1, M; units EV (um, UCUM, \"micrometer\")"""

    macular_grid_outer_temporal_subfield_thickness: Num = field(metadata={"row": "13"})
    """Row 13: NUM EV (57117-4, LN, \"Macular Grid.Outer Temporal Subfield Thickness\"), VM 1, M; units EV (um, UCUM, \"micrometer\")"""

    macular_grid_total_volume: Num = field(metadata={"row": "14"})
    """Row 14: NUM EV (57118-2, LN, \"Macular Grid.Total Volume\"), VM 1, M; units EV (mm3, UCUM, \"mm3\")"""

    number_of_images_used_for_macular_measurements: Num = field(metadata={"row": "15"})
    """Row 15: NUM EV (111691, DCM, \"Number of Images Used for Macular Measurements\"), VM 1, M; units EV ({images}, UCUM, \"images\")"""

    number_of_samples_used_per_image: Num = field(metadata={"row": "16"})
    """Row 16: NUM EV (111692, DCM, \"Number of Samples Used per Image\"), VM 1, M; units EV ({samples}, UCUM, \"samples\")"""

    analysis_quality_rating: MacularGridThicknessAndVolumeMeasurementAnalysisQualityRating = field(
        metadata={"row": "17"}
    )
    """Row 17: NUM EV (111693, DCM, \"Analysis Quality Rating\"), VM 1, M; units EV ({0:100}, UCUM, \"range:0:100\")"""

    image_set_quality_rating: MacularGridThicknessAndVolumeMeasurementImageSetQualityRating = field(
        metadata={"row": "19"}
    )
    """Row 19: NUM EV (111694, DCM, \"Image Set Quality Rating\"), VM 1, M; units EV ({0:100}, UCUM, \"range:0:100\")"""

    image_quality_rating: list[MacularGridThicknessAndVolumeMeasurementImageQualityRating] = field(
        default_factory=no_items, metadata={"row": "21"}
    )
    """Row 21: NUM EV (111029, DCM, \"Image Quality Rating\"), VM 1-n, U; units EV ({0:100}, UCUM, \"range:0:100\")"""

    visual_fixation_quality_during_acquisition: (
        MacularGridThicknessAndVolumeMeasurementVisualFixationQualityDuringAcquisition | None
    ) = field(default=None, metadata={"row": "24"})
    """Row 24: CODE EV (111696, DCM, \"Visual Fixation Quality During Acquisition\"), VM 1, U; values DCID 4220"""

    ophthalmic_macular_grid_problem: list[groups.Cid4222Code] = field(
        default_factory=no_items, metadata={"row": "26"}
    )
    """Row 26: CODE EV (111698, DCM, \"Ophthalmic Macular Grid Problem\"), VM 1-n, U; values DCID 4222"""

    comment: str | None = field(default=None, metadata={"row": "27"})
    """Row 27: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""


@dataclass(kw_only=True)
class MacularGridThicknessAndVolumeMeasurementFindingSite(TemplatePart):
    """Row 2 of TID 2101."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: Code
    """The value of row 2 (CODE)."""

    laterality: Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (272741003, SCT, \"Laterality\"), VM 1, M; values $Laterality"""


@dataclass(kw_only=True)
class MacularGridThicknessAndVolumeMeasurementAnalysisQualityRating(TemplatePart):
    """Row 17 of TID 2101."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "17"

    value: Num
    """The value of row 17 (NUM)."""

    quality_rating_identification: tid2102.QualityRatingIdentification = field(
        metadata={"row": "18"}
    )
    """Row 18: INCLUDE DTID 2102, VM 1, M"""


@dataclass(kw_only=True)
class MacularGridThicknessAndVolumeMeasurementImageSetQualityRating(TemplatePart):
    """Row 19 of TID 2101."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "19"

    value: Num
    """The value of row 19 (NUM)."""

    quality_rating_identification: tid2102.QualityRatingIdentification = field(
        metadata={"row": "20"}
    )
    """Row 20: INCLUDE DTID 2102, VM 1, M"""


@dataclass(kw_only=True)
class MacularGridThicknessAndVolumeMeasurementImageQualityRating(TemplatePart):
    """Row 21 of TID 2101."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "21"

    value: Num
    """The value of row 21 (NUM)."""

    image_22: Reference = field(metadata={"row": "22"})
    """Row 22: IMAGE -, VM 1, M"""

    quality_rating_identification: tid2102.QualityRatingIdentification = field(
        metadata={"row": "23"}
    )
    """Row 23: INCLUDE DTID 2102, VM 1, M"""


@dataclass(kw_only=True)
class MacularGridThicknessAndVolumeMeasurementVisualFixationQualityDuringAcquisition(TemplatePart):
    """Row 24 of TID 2101."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "24"

    value: groups.Cid4220Code
    """The value of row 24 (CODE)."""

    visual_fixation_quality_problem: list[groups.Cid4221Code] = field(
        default_factory=no_items, metadata={"row": "25"}
    )
    """Row 25: CODE EV (111697, DCM, \"Visual Fixation Quality Problem\"), VM 1-n, U; values DCID 4221"""
