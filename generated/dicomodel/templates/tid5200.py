"""TID 5200 Echocardiography Procedure Report.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1001, tid1204, tid5201, tid5202, tid5204, tid5240

__all__ = [
    "TEMPLATE",
    "EchocardiographyProcedureReport",
    "EchocardiographyProcedureReportCurrentProcedureDescriptions",
    "EchocardiographyProcedureReportImageLibrary",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5200",
    name="Echocardiography Procedure Report",
    extensible=True,
    order_significant=True,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "125200", "Adult Echocardiography Procedure Report"),
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
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "55111-9", "Current Procedure Descriptions"),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "125203", "Acquisition Protocol"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "12001"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5201",
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111028", "Image Library"),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="IMAGE",
            requirement="M",
            relationship="CONTAINS",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5202",
            bindings=(
                ("$SectionSubject", (("code", "EV", "87878005", "SCT", "Left Ventricle"),)),
                ("$MeasType", (("cid", "D", "12200"),)),
            ),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5202",
            bindings=(
                ("$SectionSubject", (("code", "EV", "53085002", "SCT", "Right Ventricle"),)),
                ("$MeasType", (("cid", "D", "12204"),)),
            ),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5202",
            bindings=(
                ("$SectionSubject", (("code", "EV", "82471001", "SCT", "Left Atrium"),)),
                ("$MeasType", (("cid", "D", "12205"),)),
            ),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5202",
            bindings=(
                ("$SectionSubject", (("code", "EV", "73829009", "SCT", "Right Atrium"),)),
                ("$MeasType", (("cid", "D", "12206"),)),
            ),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5202",
            bindings=(
                ("$SectionSubject", (("code", "EV", "34202007", "SCT", "Aortic Valve"),)),
                ("$MeasType", (("cid", "D", "12211"),)),
            ),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5202",
            bindings=(
                ("$SectionSubject", (("code", "EV", "91134007", "SCT", "Mitral Valve"),)),
                ("$MeasType", (("cid", "D", "12207"),)),
            ),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5202",
            bindings=(
                ("$SectionSubject", (("code", "EV", "39057004", "SCT", "Pulmonic Valve"),)),
                ("$MeasType", (("cid", "D", "12209"),)),
            ),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5202",
            bindings=(
                ("$SectionSubject", (("code", "EV", "46030003", "SCT", "Tricuspid Valve"),)),
                ("$MeasType", (("cid", "D", "12208"),)),
            ),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5202",
            bindings=(
                ("$SectionSubject", (("code", "EV", "15825003", "SCT", "Aorta"),)),
                ("$MeasType", (("cid", "D", "12212"),)),
            ),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5202",
            bindings=(
                ("$SectionSubject", (("code", "EV", "81040000", "SCT", "Pulmonary artery"),)),
                ("$MeasType", (("cid", "D", "12210"),)),
            ),
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5202",
            bindings=(
                ("$SectionSubject", (("code", "EV", "35532006", "SCT", "Vena Cava"),)),
                ("$MeasType", (("cid", "D", "12215"),)),
            ),
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5202",
            bindings=(
                (
                    "$SectionSubject",
                    (("code", "EV", "122972007", "SCT", "Pulmonary Venous Structure"),),
                ),
                ("$MeasType", (("cid", "D", "12214"),)),
            ),
        ),
        RowDef(
            key="21",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5202",
            bindings=(
                ("$SectionSubject", (("code", "EV", "25489000", "SCT", "Pericardial cavity"),)),
                ("$MeasType", (("cid", "D", "12250"),)),
            ),
        ),
        RowDef(
            key="22",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5202",
            bindings=(
                ("$SectionSubject", (("code", "EV", "241213007", "SCT", "Cardiac Shunt Study"),)),
                ("$MeasType", (("cid", "D", "12217"),)),
            ),
        ),
        RowDef(
            key="23",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5202",
            bindings=(
                (
                    "$SectionSubject",
                    (
                        (
                            "code",
                            "EV",
                            "9904008",
                            "SCT",
                            "Congenital Anomaly of Cardiovascular System",
                        ),
                    ),
                ),
                ("$MeasType", (("cid", "D", "12218"),)),
            ),
        ),
        RowDef(
            key="24",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5204",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$Procedure",
                    (
                        (
                            "code",
                            "DT",
                            "35757004",
                            "SCT",
                            "Echocardiography for Determining Ventricular Contraction",
                        ),
                    ),
                ),
            ),
        ),
        RowDef(
            key="25",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5240",
        ),
    ),
)


@dataclass(kw_only=True)
class EchocardiographyProcedureReport(TemplatePart):
    """TID 5200 Echocardiography Procedure Report."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants | None = (
        field(default=None, metadata={"row": "2"})
    )
    """Row 2: INCLUDE DTID 1204, VM 1, U"""

    observation_context: tid1001.ObservationContext = field(metadata={"row": "3"})
    """Row 3: INCLUDE DTID 1001, VM 1, M"""

    current_procedure_descriptions: (
        EchocardiographyProcedureReportCurrentProcedureDescriptions | None
    ) = field(default=None, metadata={"row": "4"})
    """Row 4: CONTAINER DT (55111-9, LN, \"Current Procedure Descriptions\"), VM 1, U"""

    echocardiography_patient_characteristics: (
        tid5201.EchocardiographyPatientCharacteristics | None
    ) = field(default=None, metadata={"row": "6"})
    """Row 6: INCLUDE DTID 5201, VM 1, U"""

    image_library: EchocardiographyProcedureReportImageLibrary | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: CONTAINER EV (111028, DCM, \"Image Library\"), VM 1, U"""

    echo_section: tid5202.EchoSection | None = field(default=None, metadata={"row": "9"})
    """Row 9: INCLUDE DTID 5202, VM 1, U"""

    echo_section_row_10: tid5202.EchoSection | None = field(default=None, metadata={"row": "10"})
    """Row 10: INCLUDE DTID 5202, VM 1, U"""

    echo_section_row_11: tid5202.EchoSection | None = field(default=None, metadata={"row": "11"})
    """Row 11: INCLUDE DTID 5202, VM 1, U"""

    echo_section_row_12: tid5202.EchoSection | None = field(default=None, metadata={"row": "12"})
    """Row 12: INCLUDE DTID 5202, VM 1, U"""

    echo_section_row_13: tid5202.EchoSection | None = field(default=None, metadata={"row": "13"})
    """Row 13: INCLUDE DTID 5202, VM 1, U"""

    echo_section_row_14: tid5202.EchoSection | None = field(default=None, metadata={"row": "14"})
    """Row 14: INCLUDE DTID 5202, VM 1, U"""

    echo_section_row_15: tid5202.EchoSection | None = field(default=None, metadata={"row": "15"})
    """Row 15: INCLUDE DTID 5202, VM 1, U"""

    echo_section_row_16: tid5202.EchoSection | None = field(default=None, metadata={"row": "16"})
    """Row 16: INCLUDE DTID 5202, VM 1, U"""

    echo_section_row_17: tid5202.EchoSection | None = field(default=None, metadata={"row": "17"})
    """Row 17: INCLUDE DTID 5202, VM 1, U"""

    echo_section_row_18: tid5202.EchoSection | None = field(default=None, metadata={"row": "18"})
    """Row 18: INCLUDE DTID 5202, VM 1, U"""

    echo_section_row_19: tid5202.EchoSection | None = field(default=None, metadata={"row": "19"})
    """Row 19: INCLUDE DTID 5202, VM 1, U"""

    echo_section_row_20: tid5202.EchoSection | None = field(default=None, metadata={"row": "20"})
    """Row 20: INCLUDE DTID 5202, VM 1, U"""

    echo_section_row_21: tid5202.EchoSection | None = field(default=None, metadata={"row": "21"})
    """Row 21: INCLUDE DTID 5202, VM 1, U"""

    echo_section_row_22: tid5202.EchoSection | None = field(default=None, metadata={"row": "22"})
    """Row 22: INCLUDE DTID 5202, VM 1, U"""

    echo_section_row_23: tid5202.EchoSection | None = field(default=None, metadata={"row": "23"})
    """Row 23: INCLUDE DTID 5202, VM 1, U"""

    wall_motion_analysis: list[tid5204.WallMotionAnalysis] = field(
        default_factory=no_items, metadata={"row": "24"}
    )
    """Row 24: INCLUDE DTID 5204, VM 1-n, U"""

    myocardial_strain_analysis: tid5240.MyocardialStrainAnalysis | None = field(
        default=None, metadata={"row": "25"}
    )
    """Row 25: INCLUDE DTID 5240, VM 1, U"""


@dataclass(kw_only=True)
class EchocardiographyProcedureReportCurrentProcedureDescriptions(TemplatePart):
    """Row 4 of TID 5200."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    acquisition_protocol: list[groups.Cid12001Code | Code] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: CODE DT (125203, DCM, \"Acquisition Protocol\"), VM 1-n, M; values BCID 12001"""


@dataclass(kw_only=True)
class EchocardiographyProcedureReportImageLibrary(TemplatePart):
    """Row 7 of TID 5200."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    image_8: list[Reference] = field(default_factory=no_items, metadata={"row": "8"})
    """Row 8: IMAGE -, VM 1-n, M"""
