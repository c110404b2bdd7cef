"""TID 7000 Implantation Plan.

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
    from dicomodel.templates import tid351, tid1001, tid1204, tid7001

__all__ = [
    "TEMPLATE",
    "ImplantationPlan",
    "ImplantationPlanImplantComponentList",
    "ImplantationPlanImplantComponentListSelectedImplantComponent",
    "ImplantationPlanAssembly",
    "ImplantationPlanAssemblyComponentConnection",
    "ImplantationPlanAssemblyComponentConnectionConnectedImplantationPlanComponent",
    "ImplantationPlanAssemblyComponentConnectionConnectedImplantationPlanComponentDegreesOfFreedomSpecification",
    "ImplantationPlanInformationUsedForPlanning",
    "ImplantationPlanInformationUsedForPlanningPatientImage",
    "ImplantationPlanInformationUsedForPlanningPatientDataUsedDuringPlanning",
    "ImplantationPlanInformationUsedForPlanningPatientDataUsedDuringPlanningUserSelectedFiducial",
    "ImplantationPlanPlanningInformationForIntraoperativeUsage",
    "ImplantationPlanPlanningInformationForIntraoperativeUsageSpatialRegistration",
    "ImplantationPlanPlanningInformationForIntraoperativeUsageDerivedPlanningData",
    "ImplantationPlanPlanningInformationForIntraoperativeUsageDerivedPlanningDataDerivedFiducial",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="7000",
    name="Implantation Plan",
    extensible=True,
    order_significant=True,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "112345", "Implantation Plan"),
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
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="351",
            condition="IFF previous Implantation Plan Documents exist",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF previous Implantation Plan Documents exist",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF previous Implantation Plan Documents exist",
                ),
            ),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="7001",
            condition="IFF related Implantation Plan Documents exist that are not referenced by Row 4",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF related Implantation Plan Documents exist that are not referenced by Row 4",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF related Implantation Plan Documents exist that are not referenced by Row 4",
                ),
            ),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "112360", "Implant Component List"),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="COMPOSITE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "112366", "Implant Assembly Template"),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "112346", "Selected Implant Component"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="9",
            nesting=3,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "112347", "Component ID"),
        ),
        RowDef(
            key="10",
            nesting=3,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "112370", "Component Type"),
            condition="IFF Row 8 contains more than one item.",
            condition_status="undecidable",
            required_if=("unknown", "what a row's value means: Row 8 contains more than one item"),
            forbidden_if=(
                "not",
                ("unknown", "what a row's value means: Row 8 contains more than one item"),
            ),
            values=(("cid", "D", "7306"),),
        ),
        RowDef(
            key="11", nesting=3, value_type="COMPOSITE", requirement="M", relationship="CONTAINS"
        ),
        RowDef(
            key="12",
            nesting=3,
            value_type="UIDREF",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "112227", "Frame Of Reference UID"),
        ),
        RowDef(
            key="13",
            nesting=3,
            value_type="COMPOSITE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "112371", "Manufacturer Implant Template"),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "112355", "Assembly"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="15",
            nesting=2,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "112350", "Component Connection"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="16",
            nesting=3,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "112374", "Connected Implantation Plan Component"),
            vm_min=2,
            vm_max=2,
        ),
        RowDef(
            key="17",
            nesting=4,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "112347", "Component ID"),
        ),
        RowDef(
            key="18",
            nesting=4,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "112351", "Mating Feature Set ID"),
        ),
        RowDef(
            key="19",
            nesting=4,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "112352", "Mating Feature ID"),
        ),
        RowDef(
            key="20",
            nesting=4,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "112362", "Degrees of Freedom Specification"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="21",
            nesting=5,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "112363", "Degree of Freedom ID"),
        ),
        RowDef(
            key="22",
            nesting=5,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "112376", "Degree of Freedom Exact Translational Value"),
            condition="IFF Rows 23, 24, 25, 26 and 27 are absent",
            condition_status="parsed",
            required_if=(
                "and",
                ("not", ("row_present", "23")),
                ("not", ("row_present", "24")),
                ("not", ("row_present", "25")),
                ("not", ("row_present", "26")),
                ("not", ("row_present", "27")),
            ),
            forbidden_if=(
                "not",
                (
                    "and",
                    ("not", ("row_present", "23")),
                    ("not", ("row_present", "24")),
                    ("not", ("row_present", "25")),
                    ("not", ("row_present", "26")),
                    ("not", ("row_present", "27")),
                ),
            ),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="23",
            nesting=5,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "112377", "Degree of Freedom Minimum Translational Value"),
            condition="IFF Rows 22, 25, 26, and 27 are absent",
            condition_status="parsed",
            required_if=(
                "and",
                ("not", ("row_present", "22")),
                ("not", ("row_present", "25")),
                ("not", ("row_present", "26")),
                ("not", ("row_present", "27")),
            ),
            forbidden_if=(
                "not",
                (
                    "and",
                    ("not", ("row_present", "22")),
                    ("not", ("row_present", "25")),
                    ("not", ("row_present", "26")),
                    ("not", ("row_present", "27")),
                ),
            ),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="24",
            nesting=5,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "112378", "Degree of Freedom Maximum Translational Value"),
            condition="IFF Rows 22, 25, 26, and 27 are absent",
            condition_status="parsed",
            required_if=(
                "and",
                ("not", ("row_present", "22")),
                ("not", ("row_present", "25")),
                ("not", ("row_present", "26")),
                ("not", ("row_present", "27")),
            ),
            forbidden_if=(
                "not",
                (
                    "and",
                    ("not", ("row_present", "22")),
                    ("not", ("row_present", "25")),
                    ("not", ("row_present", "26")),
                    ("not", ("row_present", "27")),
                ),
            ),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="25",
            nesting=5,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "112379", "Degree of Freedom Exact Rotational Value"),
            condition="IFF Rows 22, 23, 24, 26 and 27 are absent",
            condition_status="parsed",
            required_if=(
                "and",
                ("not", ("row_present", "22")),
                ("not", ("row_present", "23")),
                ("not", ("row_present", "24")),
                ("not", ("row_present", "26")),
                ("not", ("row_present", "27")),
            ),
            forbidden_if=(
                "not",
                (
                    "and",
                    ("not", ("row_present", "22")),
                    ("not", ("row_present", "23")),
                    ("not", ("row_present", "24")),
                    ("not", ("row_present", "26")),
                    ("not", ("row_present", "27")),
                ),
            ),
            units=(("code", "EV", "deg", "UCUM", "degree"),),
        ),
        RowDef(
            key="26",
            nesting=5,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "112380", "Degree of Freedom Minimum Rotational Value"),
            condition="IFF Rows 22, 23, 24 and 25 are absent",
            condition_status="parsed",
            required_if=(
                "and",
                ("not", ("row_present", "22")),
                ("not", ("row_present", "23")),
                ("not", ("row_present", "24")),
                ("not", ("row_present", "25")),
            ),
            forbidden_if=(
                "not",
                (
                    "and",
                    ("not", ("row_present", "22")),
                    ("not", ("row_present", "23")),
                    ("not", ("row_present", "24")),
                    ("not", ("row_present", "25")),
                ),
            ),
            units=(("code", "EV", "deg", "UCUM", "degree"),),
        ),
        RowDef(
            key="27",
            nesting=5,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "112381", "Degree of Freedom Maximum Rotational Value"),
            condition="IFF Rows 22, 23, 24 and 25 are absent",
            condition_status="parsed",
            required_if=(
                "and",
                ("not", ("row_present", "22")),
                ("not", ("row_present", "23")),
                ("not", ("row_present", "24")),
                ("not", ("row_present", "25")),
            ),
            forbidden_if=(
                "not",
                (
                    "and",
                    ("not", ("row_present", "22")),
                    ("not", ("row_present", "23")),
                    ("not", ("row_present", "24")),
                    ("not", ("row_present", "25")),
                ),
            ),
            units=(("code", "EV", "deg", "UCUM", "degree"),),
        ),
        RowDef(
            key="28",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "112358", "Information used for planning"),
        ),
        RowDef(
            key="29",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "112375", "Planning Method"),
            values=(("cid", "B", "7320"),),
        ),
        RowDef(
            key="30",
            nesting=2,
            value_type="IMAGE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "112354", "Patient Image"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="31",
            nesting=3,
            value_type="NUM",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111026", "Horizontal Pixel Spacing"),
            units=(("code", "EV", "mm/{pixel}", "UCUM", "mm/pixel"),),
        ),
        RowDef(
            key="32",
            nesting=3,
            value_type="NUM",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111066", "Vertical Pixel Spacing"),
            units=(("code", "EV", "mm/{pixel}", "UCUM", "mm/pixel"),),
        ),
        RowDef(
            key="33",
            nesting=2,
            value_type="COMPOSITE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "112361", "Patient Data Used During Planning"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="34",
            nesting=3,
            value_type="UIDREF",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "112356", "User Selected Fiducial"),
            vm_min=1,
            vm_max=None,
            condition="IFF Row 33 references a Fiducial SOP Instance",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: Row 33 references a Fiducial SOP Instance",
            ),
            forbidden_if=(
                "not",
                ("unknown", "what a row's value means: Row 33 references a Fiducial SOP Instance"),
            ),
        ),
        RowDef(
            key="35",
            nesting=4,
            value_type="TEXT",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "112369", "Fiducial Intent"),
        ),
        RowDef(
            key="36",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "112367", "Planning Information for Intraoperative Usage"),
        ),
        RowDef(
            key="37",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121173", "Physician Note"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="38",
            nesting=2,
            value_type="COMPOSITE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "112359", "Supporting Information"),
        ),
        RowDef(
            key="39",
            nesting=2,
            value_type="COMPOSITE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "112372", "Derived Planning Images"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="40",
            nesting=2,
            value_type="COMPOSITE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "112353", "Spatial Registration"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="41",
            nesting=3,
            value_type="UIDREF",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "112227", "Frame of Reference UID"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="42",
            nesting=2,
            value_type="COMPOSITE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "112373", "Derived Planning Data"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="43",
            nesting=3,
            value_type="UIDREF",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "112357", "Derived Fiducial"),
            vm_min=1,
            vm_max=None,
            condition="IFF Row 42 references a Fiducial SOP Instance",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: Row 42 references a Fiducial SOP Instance",
            ),
            forbidden_if=(
                "not",
                ("unknown", "what a row's value means: Row 42 references a Fiducial SOP Instance"),
            ),
        ),
        RowDef(
            key="44",
            nesting=4,
            value_type="TEXT",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "112369", "Fiducial Intent"),
        ),
        RowDef(
            key="45",
            nesting=2,
            value_type="COMPOSITE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "112364", "Related Patient Data Not Used During Planning"),
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class ImplantationPlan(TemplatePart):
    """TID 7000 Implantation Plan."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants | None = (
        field(default=None, metadata={"row": "2"})
    )
    """Row 2: INCLUDE DTID 1204, VM 1, U"""

    observation_context: tid1001.ObservationContext = field(metadata={"row": "3"})
    """Row 3: INCLUDE DTID 1001, VM 1, M"""

    previous_reports: tid351.PreviousReports | None = field(default=None, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 351, VM 1, MC: IFF previous Implantation Plan Documents exist"""

    related_implantation_reports: tid7001.RelatedImplantationReports | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 7001, VM 1, MC: IFF related Implantation Plan Documents exist that are not referenced by Row 4"""

    implant_component_list: ImplantationPlanImplantComponentList = field(metadata={"row": "6"})
    """Row 6: CONTAINER EV (112360, DCM, \"Implant Component List\"), VM 1, M"""

    assembly: list[ImplantationPlanAssembly] = field(
        default_factory=no_items, metadata={"row": "14"}
    )
    """Row 14: CONTAINER EV (112355, DCM, \"Assembly\"), VM 1-n, U"""

    information_used_for_planning: ImplantationPlanInformationUsedForPlanning | None = field(
        default=None, metadata={"row": "28"}
    )
    """Row 28: CONTAINER EV (112358, DCM, \"Information used for planning\"), VM 1, U"""

    planning_information_for_intraoperative_usage: (
        ImplantationPlanPlanningInformationForIntraoperativeUsage | None
    ) = field(default=None, metadata={"row": "36"})
    """Row 36: CONTAINER EV (112367, DCM, \"Planning Information for Intraoperative Usage\"), VM 1, U"""


@dataclass(kw_only=True)
class ImplantationPlanImplantComponentList(TemplatePart):
    """Row 6 of TID 7000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    implant_assembly_template: Reference | None = field(default=None, metadata={"row": "7"})
    """Row 7: COMPOSITE EV (112366, DCM, \"Implant Assembly Template\"), VM 1, U"""

    selected_implant_component: list[
        ImplantationPlanImplantComponentListSelectedImplantComponent
    ] = field(default_factory=no_items, metadata={"row": "8"})
    """Row 8: CONTAINER EV (112346, DCM, \"Selected Implant Component\"), VM 1-n, M"""


@dataclass(kw_only=True)
class ImplantationPlanImplantComponentListSelectedImplantComponent(TemplatePart):
    """Row 8 of TID 7000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "8"

    component_id: str = field(metadata={"row": "9"})
    """Row 9: TEXT EV (112347, DCM, \"Component ID\"), VM 1, M"""

    component_type: groups.Cid7306Code | None = field(default=None, metadata={"row": "10"})
    """Row 10: CODE EV (112370, DCM, \"Component Type\"), VM 1, MC: IFF Row 8 contains more than one item.; values DCID 7306"""

    composite_11: Reference = field(metadata={"row": "11"})
    """Row 11: COMPOSITE -, VM 1, M"""

    frame_of_reference_uid: str = field(metadata={"row": "12"})
    """Row 12: UIDREF EV (112227, DCM, \"Frame Of Reference UID\"), VM 1, M"""

    manufacturer_implant_template: Reference = field(metadata={"row": "13"})
    """Row 13: COMPOSITE EV (112371, DCM, \"Manufacturer Implant Template\"), VM 1, M"""


@dataclass(kw_only=True)
class ImplantationPlanAssembly(TemplatePart):
    """Row 14 of TID 7000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "14"

    component_connection: list[ImplantationPlanAssemblyComponentConnection] = field(
        default_factory=no_items, metadata={"row": "15"}
    )
    """Row 15: CONTAINER EV (112350, DCM, \"Component Connection\"), VM 1-n, M"""


@dataclass(kw_only=True)
class ImplantationPlanAssemblyComponentConnection(TemplatePart):
    """Row 15 of TID 7000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "15"

    connected_implantation_plan_component: list[
        ImplantationPlanAssemblyComponentConnectionConnectedImplantationPlanComponent
    ] = field(default_factory=no_items, metadata={"row": "16"})
    """Row 16: CONTAINER EV (112374, DCM, \"Connected Implantation Plan Component\"), VM 2, M"""


@dataclass(kw_only=True)
class ImplantationPlanAssemblyComponentConnectionConnectedImplantationPlanComponent(TemplatePart):
    """Row 16 of TID 7000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "16"

    component_id: str = field(metadata={"row": "17"})
    """Row 17: TEXT EV (112347, DCM, \"Component ID\"), VM 1, M"""

    mating_feature_set_id: str = field(metadata={"row": "18"})
    """Row 18: TEXT EV (112351, DCM, \"Mating Feature Set ID\"), VM 1, M"""

    mating_feature_id: str = field(metadata={"row": "19"})
    """Row 19: TEXT EV (112352, DCM, \"Mating Feature ID\"), VM 1, M"""

    degrees_of_freedom_specification: list[
        ImplantationPlanAssemblyComponentConnectionConnectedImplantationPlanComponentDegreesOfFreedomSpecification
    ] = field(default_factory=no_items, metadata={"row": "20"})
    """Row 20: CONTAINER EV (112362, DCM, \"Degrees of Freedom Specification\"), VM 1-n, U"""


@dataclass(kw_only=True)
class ImplantationPlanAssemblyComponentConnectionConnectedImplantationPlanComponentDegreesOfFreedomSpecification(
    TemplatePart
):
    """Row 20 of TID 7000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "20"

    degree_of_freedom_id: str = field(metadata={"row": "21"})
    """Row 21: TEXT EV (112363, DCM, \"Degree of Freedom ID\"), VM 1, M"""

    degree_of_freedom_exact_translational_value: Num | None = field(
        default=None, metadata={"row": "22"}
    )
    """Row 22: NUM EV (112376, DCM, \"Degree of Freedom Exact Translational Value\"), VM 1, MC: IFF Rows 23, 24, 25, 26 and 27 are absent; units EV (mm, UCUM, \"mm\")"""

    degree_of_freedom_minimum_translational_value: Num | None = field(
        default=None, metadata={"row": "23"}
    )
    """Row 23: NUM EV (112377, DCM, \"Degree of Freedom Minimum Translational Value\"), VM 1, MC: IFF Rows 22, 25, 26, and 27 are absent; units EV (mm, UCUM, \"mm\")"""

    degree_of_freedom_maximum_translational_value: Num | None = field(
        default=None, metadata={"row": "24"}
    )
    """Row 24: NUM EV (112378, DCM, \"Degree of Freedom Maximum Translational Value\"), VM 1, MC: IFF Rows 22, 25, 26, and 27 are absent; units EV (mm, UCUM, \"mm\")"""

    degree_of_freedom_exact_rotational_value: Num | None = field(
        default=None, metadata={"row": "25"}
    )
    """Row 25: NUM EV (112379, DCM, \"Degree of Freedom Exact Rotational Value\"), VM 1, MC: IFF Rows 22, 23, 24, 26 and 27 are absent; units EV (deg, UCUM, \"degree\")"""

    degree_of_freedom_minimum_rotational_value: Num | None = field(
        default=None, metadata={"row": "26"}
    )
    """Row 26: NUM EV (112380, DCM, \"Degree of Freedom Minimum Rotational Value\"), VM 1, MC: IFF Rows 22, 23, 24 and 25 are absent; units EV (deg, UCUM, \"degree\")"""

    degree_of_freedom_maximum_rotational_value: Num | None = field(
        default=None, metadata={"row": "27"}
    )
    """Row 27: NUM EV (112381, DCM, \"Degree of Freedom Maximum Rotational Value\"), VM 1, MC: IFF Rows 22, 23, 24 and 25 are absent; units EV (deg, UCUM, \"degree\")"""


@dataclass(kw_only=True)
class ImplantationPlanInformationUsedForPlanning(TemplatePart):
    """Row 28 of TID 7000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "28"

    planning_method: groups.Cid7320Code | Code | None = field(default=None, metadata={"row": "29"})
    """Row 29: CODE EV (112375, DCM, \"Planning Method\"), VM 1, U; values BCID 7320"""

    patient_image: list[ImplantationPlanInformationUsedForPlanningPatientImage] = field(
        default_factory=no_items, metadata={"row": "30"}
    )
    """Row 30: IMAGE EV (112354, DCM, \"Patient Image\"), VM 1-n, U"""

    patient_data_used_during_planning: list[
        ImplantationPlanInformationUsedForPlanningPatientDataUsedDuringPlanning
    ] = field(default_factory=no_items, metadata={"row": "33"})
    """Row 33: COMPOSITE EV (112361, DCM, \"Patient Data Used During Planning\"), VM 1-n, U"""


@dataclass(kw_only=True)
class ImplantationPlanInformationUsedForPlanningPatientImage(TemplatePart):
    """Row 30 of TID 7000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "30"

    value: Reference
    """The value of row 30 (IMAGE)."""

    horizontal_pixel_spacing: Num = field(metadata={"row": "31"})
    """Row 31: NUM EV (111026, DCM, \"Horizontal Pixel Spacing\"), VM 1, M; units EV (mm/{pixel}, UCUM, \"mm/pixel\")"""

    vertical_pixel_spacing: Num = field(metadata={"row": "32"})
    """Row 32: NUM EV (111066, DCM, \"Vertical Pixel Spacing\"), VM 1, M; units EV (mm/{pixel}, UCUM, \"mm/pixel\")"""


@dataclass(kw_only=True)
class ImplantationPlanInformationUsedForPlanningPatientDataUsedDuringPlanning(TemplatePart):
    """Row 33 of TID 7000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "33"

    value: Reference
    """The value of row 33 (COMPOSITE)."""

    user_selected_fiducial: list[
        ImplantationPlanInformationUsedForPlanningPatientDataUsedDuringPlanningUserSelectedFiducial
    ] = field(default_factory=no_items, metadata={"row": "34"})
    """Row 34: UIDREF EV (112356, DCM, \"User Selected Fiducial\"), VM 1-n, MC: IFF Row 33 references a Fiducial SOP Instance"""


@dataclass(kw_only=True)
class ImplantationPlanInformationUsedForPlanningPatientDataUsedDuringPlanningUserSelectedFiducial(
    TemplatePart
):
    """Row 34 of TID 7000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "34"

    value: str
    """The value of row 34 (UIDREF)."""

    fiducial_intent: str | None = field(default=None, metadata={"row": "35"})
    """Row 35: TEXT EV (112369, DCM, \"Fiducial Intent\"), VM 1, U"""


@dataclass(kw_only=True)
class ImplantationPlanPlanningInformationForIntraoperativeUsage(TemplatePart):
    """Row 36 of TID 7000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "36"

    physician_note: list[str] = field(default_factory=no_items, metadata={"row": "37"})
    """Row 37: TEXT EV (121173, DCM, \"Physician Note\"), VM 1-n, U"""

    supporting_information: Reference | None = field(default=None, metadata={"row": "38"})
    """Row 38: COMPOSITE EV (112359, DCM, \"Supporting Information\"), VM 1, U"""

    derived_planning_images: list[Reference] = field(
        default_factory=no_items, metadata={"row": "39"}
    )
    """Row 39: COMPOSITE EV (112372, DCM, \"Derived Planning Images\"), VM 1-n, U"""

    spatial_registration: list[
        ImplantationPlanPlanningInformationForIntraoperativeUsageSpatialRegistration
    ] = field(default_factory=no_items, metadata={"row": "40"})
    """Row 40: COMPOSITE EV (112353, DCM, \"Spatial Registration\"), VM 1-n, U"""

    derived_planning_data: list[
        ImplantationPlanPlanningInformationForIntraoperativeUsageDerivedPlanningData
    ] = field(default_factory=no_items, metadata={"row": "42"})
    """Row 42: COMPOSITE EV (112373, DCM, \"Derived Planning Data\"), VM 1-n, U"""

    related_patient_data_not_used_during_planning: list[Reference] = field(
        default_factory=no_items, metadata={"row": "45"}
    )
    """Row 45: COMPOSITE EV (112364, DCM, \"Related Patient Data Not Used During Planning\"), VM 1-n, U"""


@dataclass(kw_only=True)
class ImplantationPlanPlanningInformationForIntraoperativeUsageSpatialRegistration(TemplatePart):
    """Row 40 of TID 7000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "40"

    value: Reference
    """The value of row 40 (COMPOSITE)."""

    frame_of_reference_uid: list[str] = field(default_factory=no_items, metadata={"row": "41"})
    """Row 41: UIDREF EV (112227, DCM, \"Frame of Reference UID\"), VM 1-n, U"""


@dataclass(kw_only=True)
class ImplantationPlanPlanningInformationForIntraoperativeUsageDerivedPlanningData(TemplatePart):
    """Row 42 of TID 7000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "42"

    value: Reference
    """The value of row 42 (COMPOSITE)."""

    derived_fiducial: list[
        ImplantationPlanPlanningInformationForIntraoperativeUsageDerivedPlanningDataDerivedFiducial
    ] = field(default_factory=no_items, metadata={"row": "43"})
    """Row 43: UIDREF EV (112357, DCM, \"Derived Fiducial\"), VM 1-n, MC: IFF Row 42 references a Fiducial SOP Instance"""


@dataclass(kw_only=True)
class ImplantationPlanPlanningInformationForIntraoperativeUsageDerivedPlanningDataDerivedFiducial(
    TemplatePart
):
    """Row 43 of TID 7000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "43"

    value: str
    """The value of row 43 (UIDREF)."""

    fiducial_intent: str | None = field(default=None, metadata={"row": "44"})
    """Row 44: TEXT EV (112369, DCM, \"Fiducial Intent\"), VM 1, U"""
