"""TID 4207 Breast Imaging Pathology Results.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid4201

__all__ = [
    "TEMPLATE",
    "BreastImagingPathologyResults",
    "BreastImagingPathologyResultsPathology",
    "BreastImagingPathologyResultsPathologyHistologicalGradeFinding",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4207",
    name="Breast Imaging Pathology Results",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "111468", "Pathology Results"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="4201",
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111469", "Sampling DateTime"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122177", "Procedure Result"),
            values=(("cid", "D", "6063"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111042", "Pathology"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "6030"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111388", "Malignancy Type"),
            values=(("cid", "D", "6159"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept_ref=("cid", "D", "6165"),
            vm_min=1,
            vm_max=None,
            units=(("code", "EV", "mm", "UCUM", "millimeter"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "373372005", "Histological grade finding"),
            values=(("cid", "B", "6069"), ("cid", "B", "6070")),
        ),
        RowDef(
            key="9",
            nesting=3,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "371469007", "Histologic grade"),
            values=(("cid", "B", "6071"),),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "396631001", "Tumor margin status"),
            values=(
                ("code", "DT", "111470", "DCM", "Uninvolved"),
                ("code", "DT", "111471", "DCM", "Involved"),
            ),
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111472", "Nipple involved"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="12",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111473", "Number of nodes removed"),
            units=(("code", "EV", "{nodes}", "UCUM", "nodes"),),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="NUM",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111474", "Number of nodes positive"),
            condition="Shall be present IFF value of Row 12 is > 0",
            condition_status="undecidable",
            required_if=("unknown", "what a row's value means: value of Row 12 is > 0"),
            forbidden_if=("not", ("unknown", "what a row's value means: value of Row 12 is > 0")),
            units=(("code", "EV", "{nodes}", "UCUM", "nodes"),),
        ),
        RowDef(
            key="14",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "1222589003", "pT category"),
            values=(("cid", "D", "6160"),),
        ),
        RowDef(
            key="15",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "277206009", "N category"),
            values=(("cid", "D", "6161"),),
        ),
        RowDef(
            key="16",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "277208005", "M category"),
            values=(("cid", "D", "6162"),),
        ),
        RowDef(
            key="17",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "385356007", "Tumor stage finding"),
            values=(("cid", "B", "6068"),),
        ),
        RowDef(
            key="18",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111475", "Estrogen receptor"),
            values=(("cid", "D", "250"),),
        ),
        RowDef(
            key="19",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111476", "Progesterone receptor"),
            values=(("cid", "D", "250"),),
        ),
        RowDef(
            key="20",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111477", "S Phase"),
            units=(("code", "EV", "%", "UCUM", "percent"),),
        ),
        RowDef(
            key="21",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("LN", "48676-1", "HER2"),
            values=(("cid", "D", "250"),),
        ),
    ),
)


@dataclass(kw_only=True)
class BreastImagingPathologyResults(TemplatePart):
    """TID 4207 Breast Imaging Pathology Results."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    breast_imaging_procedure_reported: tid4201.BreastImagingProcedureReported | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 4201, VM 1, U"""

    sampling_datetime: str = field(metadata={"row": "3"})
    """Row 3: DATETIME EV (111469, DCM, \"Sampling DateTime\"), VM 1, M"""

    procedure_result: groups.Cid6063Code = field(metadata={"row": "4"})
    """Row 4: CODE EV (122177, DCM, \"Procedure Result\"), VM 1, M; values DCID 6063"""

    pathology: list[BreastImagingPathologyResultsPathology] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: CODE EV (111042, DCM, \"Pathology\"), VM 1-n, U; values BCID 6030"""


@dataclass(kw_only=True)
class BreastImagingPathologyResultsPathology(TemplatePart):
    """Row 5 of TID 4207."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    value: groups.Cid6030Code | Code
    """The value of row 5 (CODE)."""

    malignancy_type: groups.Cid6159Code | None = field(default=None, metadata={"row": "6"})
    """Row 6: CODE EV (111388, DCM, \"Malignancy Type\"), VM 1, U; values DCID 6159"""

    cid_6165: list[Named[Num]] = field(default_factory=no_items, metadata={"row": "7"})
    """Row 7: NUM DCID 6165, VM 1-n, U; units EV (mm, UCUM, \"millimeter\")"""

    histological_grade_finding: (
        BreastImagingPathologyResultsPathologyHistologicalGradeFinding | None
    ) = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (373372005, SCT, \"Histological grade finding\"), VM 1, U; values BCID 6069, BCID 6070"""

    tumor_margin_status: Code | None = field(default=None, metadata={"row": "10"})
    """Row 10: CODE EV (396631001, SCT, \"Tumor margin status\"), VM 1, U; values DT (111470, DCM, \"Uninvolved\"), DT (111471, DCM, \"Involved\")"""

    nipple_involved: groups.Cid230Code | None = field(default=None, metadata={"row": "11"})
    """Row 11: CODE EV (111472, DCM, \"Nipple involved\"), VM 1, U; values DCID 230"""

    number_of_nodes_removed: Num | None = field(default=None, metadata={"row": "12"})
    """Row 12: NUM EV (111473, DCM, \"Number of nodes removed\"), VM 1, U; units EV ({nodes}, UCUM, \"nodes\")"""

    number_of_nodes_positive: Num | None = field(default=None, metadata={"row": "13"})
    """Row 13: NUM EV (111474, DCM, \"Number of nodes positive\"), VM 1, MC: Shall be present IFF value of Row 12 is > 0; units EV ({nodes}, UCUM, \"nodes\")"""

    pt_category: groups.Cid6160Code | None = field(default=None, metadata={"row": "14"})
    """Row 14: CODE EV (1222589003, SCT, \"pT category\"), VM 1, U; values DCID 6160"""

    n_category: groups.Cid6161Code | None = field(default=None, metadata={"row": "15"})
    """Row 15: CODE EV (277206009, SCT, \"N category\"), VM 1, U; values DCID 6161"""

    m_category: groups.Cid6162Code | None = field(default=None, metadata={"row": "16"})
    """Row 16: CODE EV (277208005, SCT, \"M category\"), VM 1, U; values DCID 6162"""

    tumor_stage_finding: groups.Cid6068Code | Code | None = field(
        default=None, metadata={"row": "17"}
    )
    """Row 17: CODE EV (385356007, SCT, \"Tumor stage finding\"), VM 1, U; values BCID 6068"""

    estrogen_receptor: groups.Cid250Code | None = field(default=None, metadata={"row": "18"})
    """Row 18: CODE EV (111475, DCM, \"Estrogen receptor\"), VM 1, U; values DCID 250"""

    progesterone_receptor: groups.Cid250Code | None = field(default=None, metadata={"row": "19"})
    """Row 19: CODE EV (111476, DCM, \"Progesterone receptor\"), VM 1, U; values DCID 250"""

    s_phase: Num | None = field(default=None, metadata={"row": "20"})
    """Row 20: NUM EV (111477, DCM, \"S Phase\"), VM 1, U; units EV (%, UCUM, \"percent\")"""

    her2: groups.Cid250Code | None = field(default=None, metadata={"row": "21"})
    """Row 21: CODE EV (48676-1, LN, \"HER2\"), VM 1, U; values DCID 250"""


@dataclass(kw_only=True)
class BreastImagingPathologyResultsPathologyHistologicalGradeFinding(TemplatePart):
    """Row 8 of TID 4207."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "8"

    value: groups.Cid6069Code | groups.Cid6070Code | Code
    """The value of row 8 (CODE)."""

    histologic_grade: groups.Cid6071Code | Code | None = field(default=None, metadata={"row": "9"})
    """Row 9: CODE EV (371469007, SCT, \"Histologic grade\"), VM 1, U; values BCID 6071"""
