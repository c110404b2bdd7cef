"""TID 1500 Measurement Report.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import (
        tid1001,
        tid1204,
        tid1410,
        tid1411,
        tid1420,
        tid1501,
        tid1600,
        tid4019,
    )

__all__ = [
    "TEMPLATE",
    "MeasurementReport",
    "MeasurementReportImagingMeasurements",
    "MeasurementReportDerivedImagingMeasurements",
    "MeasurementReportQualitativeEvaluations",
    "MeasurementReportQualitativeEvaluationsCode13",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1500",
    name="Measurement Report",
    extensible=True,
    order_significant=False,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept_ref=("cid", "D", "7021"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
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
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121058", "Procedure reported"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "100"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="1600",
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CONTAINER",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "126010", "Imaging Measurements"),
            condition="IF Row 10 and 12 are absent",
            condition_status="parsed",
            required_if=("and", ("not", ("row_present", "10")), ("not", ("row_present", "12"))),
        ),
        RowDef(
            key="6b",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            include="4019",
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="1410",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "B", "218"),)),
                ("$Units", (("cid", "B", "7181"),)),
                ("$Derivation", (("cid", "B", "7464"),)),
                ("$Method", (("cid", "B", "6147"),)),
                ("$QualModType", (("cid", "B", "210"),)),
                ("$QualModValue", (("cid", "B", "211"),)),
            ),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="1411",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "B", "218"),)),
                ("$Units", (("cid", "B", "7181"),)),
                ("$Derivation", (("cid", "B", "7464"),)),
                ("$Method", (("cid", "B", "6147"),)),
                ("$QualModType", (("cid", "B", "210"),)),
                ("$QualModValue", (("cid", "B", "211"),)),
            ),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="1501",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "B", "218"),)),
                ("$ImagePurpose", (("cid", "B", "7551"),)),
                ("$Units", (("cid", "B", "7181"),)),
                ("$Derivation", (("cid", "B", "7464"),)),
                ("$Method", (("cid", "B", "6147"),)),
                ("$QualModType", (("cid", "B", "210"),)),
                ("$QualModValue", (("cid", "B", "211"),)),
            ),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="CONTAINER",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "126011", "Derived Imaging Measurements"),
            condition="IF Row 6 and 12 are absent",
            condition_status="parsed",
            required_if=("and", ("not", ("row_present", "6")), ("not", ("row_present", "12"))),
        ),
        RowDef(
            key="10b",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            include="4019",
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="1420",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="CONTAINER",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("UMLS", "C0034375", "Qualitative Evaluations"),
            condition="IF Row 6 and 10 are absent",
            condition_status="parsed",
            required_if=("and", ("not", ("row_present", "6")), ("not", ("row_present", "10"))),
        ),
        RowDef(
            key="12b",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            include="4019",
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="13b",
            nesting=3,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept_ref=("cid", "B", "210"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "211"),),
        ),
        RowDef(
            key="14",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class MeasurementReport(TemplatePart):
    """TID 1500 Measurement Report."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: groups.Cid7021Code
    """The concept name of row 1."""

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants | None = (
        field(default=None, metadata={"row": "2"})
    )
    """Row 2: INCLUDE DTID 1204, VM 1, U"""

    observation_context: tid1001.ObservationContext = field(metadata={"row": "3"})
    """Row 3: INCLUDE DTID 1001, VM 1, M"""

    procedure_reported: list[groups.Cid100Code | Code] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: CODE EV (121058, DCM, \"Procedure reported\"), VM 1-n, U; values BCID 100"""

    image_library: tid1600.ImageLibrary | None = field(default=None, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 1600, VM 1, U"""

    imaging_measurements: MeasurementReportImagingMeasurements | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: CONTAINER EV (126010, DCM, \"Imaging Measurements\"), VM 1, MC: IF Row 10 and 12 are absent"""

    derived_imaging_measurements: MeasurementReportDerivedImagingMeasurements | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: CONTAINER EV (126011, DCM, \"Derived Imaging Measurements\"), VM 1, MC: IF Row 6 and 12 are absent"""

    qualitative_evaluations: MeasurementReportQualitativeEvaluations | None = field(
        default=None, metadata={"row": "12"}
    )
    """Row 12: CONTAINER EV (C0034375, UMLS, \"Qualitative Evaluations\"), VM 1, MC: IF Row 6 and 10 are absent"""


@dataclass(kw_only=True)
class MeasurementReportImagingMeasurements(TemplatePart):
    """Row 6 of TID 1500."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    algorithm_identification: tid4019.AlgorithmIdentification | None = field(
        default=None, metadata={"row": "6b"}
    )
    """Row 6b: INCLUDE DTID 4019, VM 1, U"""

    planar_roi_measurements_and_qualitative_evaluations: list[
        tid1410.PlanarROIMeasurementsAndQualitativeEvaluations
    ] = field(default_factory=no_items, metadata={"row": "7"})
    """Row 7: INCLUDE DTID 1410, VM 1-n, U"""

    volumetric_roi_measurements_and_qualitative_evaluations: list[
        tid1411.VolumetricROIMeasurementsAndQualitativeEvaluations
    ] = field(default_factory=no_items, metadata={"row": "8"})
    """Row 8: INCLUDE DTID 1411, VM 1-n, U"""

    measurement_and_qualitative_evaluation_group: list[
        tid1501.MeasurementAndQualitativeEvaluationGroup
    ] = field(default_factory=no_items, metadata={"row": "9"})
    """Row 9: INCLUDE DTID 1501, VM 1-n, U"""


@dataclass(kw_only=True)
class MeasurementReportDerivedImagingMeasurements(TemplatePart):
    """Row 10 of TID 1500."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "10"

    algorithm_identification: tid4019.AlgorithmIdentification | None = field(
        default=None, metadata={"row": "10b"}
    )
    """Row 10b: INCLUDE DTID 4019, VM 1, U"""

    measurements_derived_from_multiple_roi_measurements: list[
        tid1420.MeasurementsDerivedFromMultipleROIMeasurements
    ] = field(default_factory=no_items, metadata={"row": "11"})
    """Row 11: INCLUDE DTID 1420, VM 1-n, U"""


@dataclass(kw_only=True)
class MeasurementReportQualitativeEvaluations(TemplatePart):
    """Row 12 of TID 1500."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12"

    algorithm_identification: tid4019.AlgorithmIdentification | None = field(
        default=None, metadata={"row": "12b"}
    )
    """Row 12b: INCLUDE DTID 4019, VM 1, U"""

    code_13: list[MeasurementReportQualitativeEvaluationsCode13] = field(
        default_factory=no_items, metadata={"row": "13"}
    )
    """Row 13: CODE -, VM 1-n, U"""

    text_14: list[str] = field(default_factory=no_items, metadata={"row": "14"})
    """Row 14: TEXT -, VM 1-n, U"""


@dataclass(kw_only=True)
class MeasurementReportQualitativeEvaluationsCode13(TemplatePart):
    """Row 13 of TID 1500."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "13"

    value: Code
    """The value of row 13 (CODE)."""

    cid_210: list[Named[groups.Cid211Code | Code]] = field(
        default_factory=no_items, metadata={"row": "13b"}
    )
    """Row 13b: CODE BCID 210, VM 1-n, U; values BCID 211"""
