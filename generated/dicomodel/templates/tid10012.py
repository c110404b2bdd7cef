"""TID 10012 CT Accumulated Dose Data.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1021

__all__ = [
    "TEMPLATE",
    "CTAccumulatedDoseData",
    "CTAccumulatedDoseDataCtDoseLengthProductSubTotal",
    "CTAccumulatedDoseDataCtEffectiveDoseTotal",
    "CTAccumulatedDoseDataCtEffectiveDoseTotalConditionEffectiveDoseMeasured",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10012",
    name="CT Accumulated Dose Data",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "113811", "CT Accumulated Dose Data"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113812", "Total Number of Irradiation Events"),
            units=(("code", "EV", "{events}", "UCUM", "events"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113813", "CT Dose Length Product Total"),
            units=(("code", "EV", "mGy.cm", "UCUM", "mGy.cm"),),
        ),
        RowDef(
            key="3a",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "130745", "CT Dose Length Product Sub-Total"),
            vm_min=2,
            vm_max=None,
            condition="IFF irradiation events within the scope of accumulation use different phantoms for estimating the recorded per-event DLP (i.e., the values of TID 10013 “CT Irradiation Event Data” Row 23 are not all the same).",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: irradiation events within the scope of accumulation use different phantoms for estimating the recorded per-event DLP (i.e., the values of TID 10013 “CT Irradiation Event Data” Row 23 are not all the same)",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a row of another template: irradiation events within the scope of accumulation use different phantoms for estimating the recorded per-event DLP (i.e., the values of TID 10013 “CT Irradiation Event Data” Row 23 are not all the same)",
                ),
            ),
            units=(("code", "EV", "mGy.cm", "UCUM", "mGy.cm"),),
        ),
        RowDef(
            key="3b",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "113835", "CTDIw Phantom Type"),
            values=(("cid", "D", "4052"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113814", "CT Effective Dose Total"),
            units=(("code", "EV", "mSv", "UCUM", "mSv"),),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="TEXT",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121406", "Reference Authority"),
            condition="XOR Row 6",
            condition_status="parsed",
            required_if=("not", ("row_present", "6")),
            forbidden_if=("row_present", "6"),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121406", "Reference Authority"),
            condition="XOR Row 5",
            condition_status="parsed",
            required_if=("not", ("row_present", "5")),
            forbidden_if=("row_present", "5"),
            values=(("cid", "D", "10015"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "370129005", "Measurement Method"),
            values=(("cid", "D", "10011"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="TEXT",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "113815", "Patient Model"),
            condition='IF the value of Row 7 = (113800, DCM, "DLP to E conversion via MC computation") or equals (113801, DCM, "CTDIfreeair to E conversion via MC computation")',
            condition_status="parsed",
            required_if=("row_code", "7", (("113800", "DCM"), ("113801", "DCM"))),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="CONTAINER",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "113816", "Condition Effective Dose measured"),
            condition='IF the value of Row 7 = (113802, DCM, "DLP to E conversion via measurement") or equals (113803, DCM, "CTDIfreeair to E conversion via measurement")',
            condition_status="parsed",
            required_if=("row_code", "7", (("113802", "DCM"), ("113803", "DCM"))),
        ),
        RowDef(
            key="10",
            nesting=3,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113817", "Effective Dose Phantom Type"),
        ),
        RowDef(
            key="11",
            nesting=3,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113818", "Dosimeter Type"),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="1021",
            condition="Required if the irradiating device is not the recording device and the dose was accumulated on a single device.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Required if the irradiating device is not the recording device and the dose was accumulated on a single device",
            ),
            bindings=(
                ("$DeviceProcedureRole", (("code", "EV", "113859", "DCM", "Irradiating Device"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class CTAccumulatedDoseData(TemplatePart):
    """TID 10012 CT Accumulated Dose Data."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    total_number_of_irradiation_events: Num = field(metadata={"row": "2"})
    """Row 2: NUM EV (113812, DCM, \"Total Number of Irradiation Events\"), VM 1, M; units EV ({events}, UCUM, \"events\")"""

    ct_dose_length_product_total: Num = field(metadata={"row": "3"})
    """Row 3: NUM EV (113813, DCM, \"CT Dose Length Product Total\"), VM 1, M; units EV (mGy.cm, UCUM, \"mGy.cm\")"""

    ct_dose_length_product_sub_total: list[CTAccumulatedDoseDataCtDoseLengthProductSubTotal] = (
        field(default_factory=no_items, metadata={"row": "3a"})
    )
    """Row 3a: NUM EV (130745, DCM, \"CT Dose Length Product Sub-Total\"), VM 2-n, UC: IFF irradiation events within the scope of accumulation use different phantoms for estimating the recorded per-event DLP (i.e., the values of TID 10013 “CT Irradiation Event Data” Row 23 are not all the same).; units EV (mGy.cm, UCUM, \"mGy.cm\")"""

    ct_effective_dose_total: CTAccumulatedDoseDataCtEffectiveDoseTotal | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: NUM EV (113814, DCM, \"CT Effective Dose Total\"), VM 1, U; units EV (mSv, UCUM, \"mSv\")"""

    comment: str | None = field(default=None, metadata={"row": "12"})
    """Row 12: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""

    device_participant: tid1021.DeviceParticipant | None = field(
        default=None, metadata={"row": "13"}
    )
    """Row 13: INCLUDE DTID 1021, VM 1, MC: Required if the irradiating device is not the recording device and the dose was accumulated on a single device."""


@dataclass(kw_only=True)
class CTAccumulatedDoseDataCtDoseLengthProductSubTotal(TemplatePart):
    """Row 3a of TID 10012."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3a"

    value: Num
    """The value of row 3a (NUM)."""

    ctdiw_phantom_type: groups.Cid4052Code = field(metadata={"row": "3b"})
    """Row 3b: CODE EV (113835, DCM, \"CTDIw Phantom Type\"), VM 1, M; values DCID 4052"""


@dataclass(kw_only=True)
class CTAccumulatedDoseDataCtEffectiveDoseTotal(TemplatePart):
    """Row 4 of TID 10012."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    value: Num
    """The value of row 4 (NUM)."""

    reference_authority: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT EV (121406, DCM, \"Reference Authority\"), VM 1, MC: XOR Row 6"""

    reference_authority_row_6: groups.Cid10015Code | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: CODE EV (121406, DCM, \"Reference Authority\"), VM 1, MC: XOR Row 5; values DCID 10015"""

    measurement_method: groups.Cid10011Code = field(metadata={"row": "7"})
    """Row 7: CODE EV (370129005, SCT, \"Measurement Method\"), VM 1, M; values DCID 10011"""

    patient_model: str | None = field(default=None, metadata={"row": "8"})
    """Row 8: TEXT EV (113815, DCM, \"Patient Model\"), VM 1, MC: IF the value of Row 7 = (113800, DCM, \"DLP to E conversion via MC computation\") or equals (113801, DCM, \"CTDIfreeair to E conversion via MC computation\")"""

    condition_effective_dose_measured: (
        CTAccumulatedDoseDataCtEffectiveDoseTotalConditionEffectiveDoseMeasured | None
    ) = field(default=None, metadata={"row": "9"})
    """Row 9: CONTAINER EV (113816, DCM, \"Condition Effective Dose measured\"), VM 1, MC: IF the value of Row 7 = (113802, DCM, \"DLP to E conversion via measurement\") or equals (113803, DCM, \"CTDIfreeair to E conversion via measurement\")"""


@dataclass(kw_only=True)
class CTAccumulatedDoseDataCtEffectiveDoseTotalConditionEffectiveDoseMeasured(TemplatePart):
    """Row 9 of TID 10012."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    effective_dose_phantom_type: str = field(metadata={"row": "10"})
    """Row 10: TEXT EV (113817, DCM, \"Effective Dose Phantom Type\"), VM 1, M"""

    dosimeter_type: str = field(metadata={"row": "11"})
    """Row 11: TEXT EV (113818, DCM, \"Dosimeter Type\"), VM 1, M"""
