"""TID 10015 CT Dose Check Details.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1020

__all__ = [
    "TEMPLATE",
    "CTDoseCheckDetails",
    "CTDoseCheckDetailsDoseCheckAlertDetails",
    "CTDoseCheckDetailsDoseCheckNotificationDetails",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10015",
    name="CT Dose Check Details",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="MC",
            concept=Code("DCM", "113900", "Dose Check Alert Details"),
            condition="IF the scanning device has implemented dose alerts",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF the scanning device has implemented dose alerts",
            ),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113901", "DLP Alert Value Configured"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113902", "CTDIvol Alert Value Configured"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113903", "DLP Alert Value"),
            condition='IFF value of Row 2 = (373066001, SCT, "Yes")',
            condition_status="parsed",
            required_if=("row_code", "2", (("373066001", "SCT"),)),
            forbidden_if=("not", ("row_code", "2", (("373066001", "SCT"),))),
            units=(("code", "EV", "mGy.cm", "UCUM", "mGy.cm"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113904", "CTDIvol Alert Value"),
            condition='IFF value of Row 3 = (373066001, SCT, "Yes")',
            condition_status="parsed",
            required_if=("row_code", "3", (("373066001", "SCT"),)),
            forbidden_if=("not", ("row_code", "3", (("373066001", "SCT"),))),
            units=(("code", "EV", "mGy", "UCUM", "mGy"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113905", "Accumulated DLP Forward Estimate"),
            condition="IF Accumulated DLP Forward Estimate (Row 6) exceeds DLP Alert Value (Row 4)",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: Accumulated DLP Forward Estimate (Row 6) exceeds DLP Alert Value (Row 4)",
            ),
            units=(("code", "EV", "mGy.cm", "UCUM", "mGy.cm"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113906", "Accumulated CTDIvol Forward Estimate"),
            condition="IF Accumulated CTDIvol Forward Estimate (Row 7) exceeds CTDIvol Alert Value (Row 5)",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: Accumulated CTDIvol Forward Estimate (Row 7) exceeds CTDIvol Alert Value (Row 5)",
            ),
            units=(("code", "EV", "mGy", "UCUM", "mGy"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="TEXT",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "113907", "Reason for Proceeding"),
            condition="IFF Accumulated DLP Forward Estimate (Row 6) exceeds DLP Alert Value (Row 4) or Accumulated CTDIvol Forward Estimate (Row 7) exceeds CTDIvol Alert Value (Row 5)",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: Accumulated DLP Forward Estimate (Row 6) exceeds DLP Alert Value (Row 4) or Accumulated CTDIvol Forward Estimate (Row 7) exceeds CTDIvol Alert Value (Row 5)",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "what a row's value means: Accumulated DLP Forward Estimate (Row 6) exceeds DLP Alert Value (Row 4) or Accumulated CTDIvol Forward Estimate (Row 7) exceeds CTDIvol Alert Value (Row 5)",
                ),
            ),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="1020",
            condition="IF Accumulated DLP Forward Estimate (Row 6) exceeds DLP Alert Value (Row 4) or Accumulated CTDIvol Forward Estimate (Row 7) exceeds CTDIvol Alert Value (Row 5)",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: Accumulated DLP Forward Estimate (Row 6) exceeds DLP Alert Value (Row 4) or Accumulated CTDIvol Forward Estimate (Row 7) exceeds CTDIvol Alert Value (Row 5)",
            ),
            bindings=(
                (
                    "$PersonProcedureRole",
                    (("code", "EV", "113850", "DCM", "Irradiation Authorizing"),),
                ),
            ),
        ),
        RowDef(
            key="9b",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113915", "Alternative dose alert behavior active"),
            values=(("cid", "D", "231"),),
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="CONTAINER",
            requirement="MC",
            concept=Code("DCM", "113908", "Dose Check Notification Details"),
            condition="IF the scanning device has implemented dose notifications",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF the scanning device has implemented dose notifications",
            ),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113909", "DLP Notification Value Configured"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113910", "CTDIvol Notification Value Configured"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113911", "DLP Notification Value"),
            condition='IFF value of Row 11 = (373066001, SCT, "Yes")',
            condition_status="parsed",
            required_if=("row_code", "11", (("373066001", "SCT"),)),
            forbidden_if=("not", ("row_code", "11", (("373066001", "SCT"),))),
            units=(("code", "EV", "mGy.cm", "UCUM", "mGy.cm"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113912", "CTDIvol Notification Value"),
            condition='IFF value of Row 12 = (373066001, SCT, "Yes")',
            condition_status="parsed",
            required_if=("row_code", "12", (("373066001", "SCT"),)),
            forbidden_if=("not", ("row_code", "12", (("373066001", "SCT"),))),
            units=(("code", "EV", "mGy", "UCUM", "mGy"),),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113913", "DLP Forward Estimate"),
            condition="IF DLP Forward Estimate (Row 15) exceeds DLP Notification Value (Row 13)",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: DLP Forward Estimate (Row 15) exceeds DLP Notification Value (Row 13)",
            ),
            units=(("code", "EV", "mGy.cm", "UCUM", "mGy.cm"),),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113914", "CTDIvol Forward Estimate"),
            condition="IF CTDIvol Forward Estimate (Row 16) exceeds CTDIvol Notification Value (Row 14)",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: CTDIvol Forward Estimate (Row 16) exceeds CTDIvol Notification Value (Row 14)",
            ),
            units=(("code", "EV", "mGy", "UCUM", "mGy"),),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="TEXT",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "113907", "Reason for Proceeding"),
            condition="IFF DLP Forward Estimate (Row 15) exceeds DLP Notification Value (Row 13) or CTDIvol Forward Estimate (Row 16) exceeds CTDIvol Notification Value (Row 14)",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: DLP Forward Estimate (Row 15) exceeds DLP Notification Value (Row 13) or CTDIvol Forward Estimate (Row 16) exceeds CTDIvol Notification Value (Row 14)",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "what a row's value means: DLP Forward Estimate (Row 15) exceeds DLP Notification Value (Row 13) or CTDIvol Forward Estimate (Row 16) exceeds CTDIvol Notification Value (Row 14)",
                ),
            ),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="INCLUDE",
            requirement="UC",
            relationship="CONTAINS",
            include="1020",
            condition="IFF DLP Forward Estimate (Row 15) exceeds DLP Notification Value (Row 13) or CTDIvol Forward Estimate (Row 16) exceeds CTDIvol Notification Value (Row 14)",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: DLP Forward Estimate (Row 15) exceeds DLP Notification Value (Row 13) or CTDIvol Forward Estimate (Row 16) exceeds CTDIvol Notification Value (Row 14)",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "what a row's value means: DLP Forward Estimate (Row 15) exceeds DLP Notification Value (Row 13) or CTDIvol Forward Estimate (Row 16) exceeds CTDIvol Notification Value (Row 14)",
                ),
            ),
            bindings=(
                (
                    "$PersonProcedureRole",
                    (("code", "EV", "113850", "DCM", "Irradiation Authorizing"),),
                ),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class CTDoseCheckDetails(TemplatePart):
    """TID 10015 CT Dose Check Details."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    dose_check_alert_details: CTDoseCheckDetailsDoseCheckAlertDetails | None = field(
        default=None, metadata={"row": "1"}
    )
    """Row 1: CONTAINER EV (113900, DCM, \"Dose Check Alert Details\"), VM 1, MC: IF the scanning device has implemented dose alerts"""

    dose_check_notification_details: CTDoseCheckDetailsDoseCheckNotificationDetails | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: CONTAINER EV (113908, DCM, \"Dose Check Notification Details\"), VM 1, MC: IF the scanning device has implemented dose notifications"""


@dataclass(kw_only=True)
class CTDoseCheckDetailsDoseCheckAlertDetails(TemplatePart):
    """Row 1 of TID 10015."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    dlp_alert_value_configured: groups.Cid230Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (113901, DCM, \"DLP Alert Value Configured\"), VM 1, M; values DCID 230"""

    ctdivol_alert_value_configured: groups.Cid230Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (113902, DCM, \"CTDIvol Alert Value Configured\"), VM 1, M; values DCID 230"""

    dlp_alert_value: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (113903, DCM, \"DLP Alert Value\"), VM 1, MC: IFF value of Row 2 = (373066001, SCT, \"Yes\"); units EV (mGy.cm, UCUM, \"mGy.cm\")"""

    ctdivol_alert_value: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (113904, DCM, \"CTDIvol Alert Value\"), VM 1, MC: IFF value of Row 3 = (373066001, SCT, \"Yes\"); units EV (mGy, UCUM, \"mGy\")"""

    accumulated_dlp_forward_estimate: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (113905, DCM, \"Accumulated DLP Forward Estimate\"), VM 1, MC: IF Accumulated DLP Forward Estimate (Row 6) exceeds DLP Alert Value (Row 4); units EV (mGy.cm, UCUM, \"mGy.cm\")"""

    accumulated_ctdivol_forward_estimate: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (113906, DCM, \"Accumulated CTDIvol Forward Estimate\"), VM 1, MC: IF Accumulated CTDIvol Forward Estimate (Row 7) exceeds CTDIvol Alert Value (Row 5); units EV (mGy, UCUM, \"mGy\")"""

    reason_for_proceeding: str | None = field(default=None, metadata={"row": "8"})
    """Row 8: TEXT EV (113907, DCM, \"Reason for Proceeding\"), VM 1, UC: IFF Accumulated DLP Forward Estimate (Row 6) exceeds DLP Alert Value (Row 4) or Accumulated CTDIvol Forward Estimate (Row 7) exceeds CTDIvol Alert Value (Row 5)"""

    person_participant: tid1020.PersonParticipant | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 1020, VM 1, MC: IF Accumulated DLP Forward Estimate (Row 6) exceeds DLP Alert Value (Row 4) or Accumulated CTDIvol Forward Estimate (Row 7) exceeds CTDIvol Alert Value (Row 5)"""

    alternative_dose_alert_behavior_active: groups.Cid231Code | None = field(
        default=None, metadata={"row": "9b"}
    )
    """Row 9b: CODE EV (113915, DCM, \"Alternative dose alert behavior active\"), VM 1, U; values DCID 231"""


@dataclass(kw_only=True)
class CTDoseCheckDetailsDoseCheckNotificationDetails(TemplatePart):
    """Row 10 of TID 10015."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "10"

    dlp_notification_value_configured: groups.Cid230Code = field(metadata={"row": "11"})
    """Row 11: CODE EV (113909, DCM, \"DLP Notification Value Configured\"), VM 1, M; values DCID 230"""

    ctdivol_notification_value_configured: groups.Cid230Code = field(metadata={"row": "12"})
    """Row 12: CODE EV (113910, DCM, \"CTDIvol Notification Value Configured\"), VM 1, M; values DCID 230"""

    dlp_notification_value: Num | None = field(default=None, metadata={"row": "13"})
    """Row 13: NUM EV (113911, DCM, \"DLP Notification Value\"), VM 1, MC: IFF value of Row 11 = (373066001, SCT, \"Yes\"); units EV (mGy.cm, UCUM, \"mGy.cm\")"""

    ctdivol_notification_value: Num | None = field(default=None, metadata={"row": "14"})
    """Row 14: NUM EV (113912, DCM, \"CTDIvol Notification Value\"), VM 1, MC: IFF value of Row 12 = (373066001, SCT, \"Yes\"); units EV (mGy, UCUM, \"mGy\")"""

    dlp_forward_estimate: Num | None = field(default=None, metadata={"row": "15"})
    """Row 15: NUM EV (113913, DCM, \"DLP Forward Estimate\"), VM 1, MC: IF DLP Forward Estimate (Row 15) exceeds DLP Notification Value (Row 13); units EV (mGy.cm, UCUM, \"mGy.cm\")"""

    ctdivol_forward_estimate: Num | None = field(default=None, metadata={"row": "16"})
    """Row 16: NUM EV (113914, DCM, \"CTDIvol Forward Estimate\"), VM 1, MC: IF CTDIvol Forward Estimate (Row 16) exceeds CTDIvol Notification Value (Row 14); units EV (mGy, UCUM, \"mGy\")"""

    reason_for_proceeding: str | None = field(default=None, metadata={"row": "17"})
    """Row 17: TEXT EV (113907, DCM, \"Reason for Proceeding\"), VM 1, UC: IFF DLP Forward Estimate (Row 15) exceeds DLP Notification Value (Row 13) or CTDIvol Forward Estimate (Row 16) exceeds CTDIvol Notification Value (Row 14)"""

    person_participant: tid1020.PersonParticipant | None = field(
        default=None, metadata={"row": "18"}
    )
    """Row 18: INCLUDE DTID 1020, VM 1, UC: IFF DLP Forward Estimate (Row 15) exceeds DLP Notification Value (Row 13) or CTDIvol Forward Estimate (Row 16) exceeds CTDIvol Notification Value (Row 14)"""
