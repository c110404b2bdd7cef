"""Clinical Trial Subject Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.other_clinical_trial_protocol_i_ds_sequence_item import (
        OtherClinicalTrialProtocolIDsSequenceItem as _OtherClinicalTrialProtocolIDsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _OtherClinicalTrialProtocolIDsSequenceItem = Lazy(
        "dicomodel.items.other_clinical_trial_protocol_i_ds_sequence_item",
        "OtherClinicalTrialProtocolIDsSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.other_clinical_trial_protocol_i_ds_sequence_item import (
        OtherClinicalTrialProtocolIDsSequenceItem as OtherClinicalTrialProtocolIDsSequenceItem,
    )

__all__ = [
    "ClinicalTrialSubjectModule",
    "OtherClinicalTrialProtocolIDsSequenceItem",
]


class ClinicalTrialSubjectModule(DicomModel):
    """Clinical Trial Subject Module Attributes (PS3.3 Table C.7-2b)."""

    dicom_name: ClassVar[str] = "Clinical Trial Subject"
    dicom_table: ClassVar[str] = "table_C.7-2b"

    ClinicalTrialSponsorName: Annotated[
        vr.LO, Attribute(0x00120010, "LO", "1", "1", name="Clinical Trial Sponsor Name")
    ]
    """Clinical Trial Sponsor Name (0012,0010): Type 1, VR LO, VM 1. The name of the clinical trial or research sponsor. See Section C.7.1.3.1.1."""

    ClinicalTrialProtocolID: Annotated[
        vr.LO, Attribute(0x00120020, "LO", "1", "1", name="Clinical Trial Protocol ID")
    ]
    """Clinical Trial Protocol ID (0012,0020): Type 1, VR LO, VM 1. Identifier for the protocol. See Section C.7.1.3.1.2."""

    IssuerOfClinicalTrialProtocolID: Annotated[
        vr.LO | None,
        Attribute(0x00120022, "LO", "1", "3", name="Issuer of Clinical Trial Protocol ID"),
    ] = None
    """Issuer of Clinical Trial Protocol ID (0012,0022): Type 3, VR LO, VM 1. Identifier of the Assigning Authority that issued the Clinical Trial Protocol ID (0012,0020)."""

    OtherClinicalTrialProtocolIDsSequence: Annotated[
        list[_OtherClinicalTrialProtocolIDsSequenceItem] | None,
        Attribute(0x00120023, "SQ", "1", "3", name="Other Clinical Trial Protocol IDs Sequence"),
    ] = None
    """Other Clinical Trial Protocol IDs Sequence (0012,0023): Type 3, VR SQ, VM 1. Identification numbers or codes used to identify the protocol. One or more Items are permitted in this Sequence."""

    ClinicalTrialProtocolName: Annotated[
        vr.LO | None, Attribute(0x00120021, "LO", "1", "2", name="Clinical Trial Protocol Name")
    ]
    """Clinical Trial Protocol Name (0012,0021): Type 2, VR LO, VM 1. The name of the clinical trial or research protocol. See Section C.7.1.3.1.3."""

    ClinicalTrialSiteID: Annotated[
        vr.LO | None, Attribute(0x00120030, "LO", "1", "2", name="Clinical Trial Site ID")
    ]
    """Clinical Trial Site ID (0012,0030): Type 2, VR LO, VM 1. The identifier of the site responsible for submitting clinical trial or research data. See Section C.7.1.3.1.4."""

    IssuerOfClinicalTrialSiteID: Annotated[
        vr.LO | None, Attribute(0x00120032, "LO", "1", "3", name="Issuer of Clinical Trial Site ID")
    ] = None
    """Issuer of Clinical Trial Site ID (0012,0032): Type 3, VR LO, VM 1. Identifier of the Assigning Authority that issued the Clinical Trial Site ID (0012,0030)."""

    ClinicalTrialSiteName: Annotated[
        vr.LO | None, Attribute(0x00120031, "LO", "1", "2", name="Clinical Trial Site Name")
    ]
    """Clinical Trial Site Name (0012,0031): Type 2, VR LO, VM 1. Name of the site responsible for submitting clinical trial or research data. See Section C.7.1.3.1.5"""

    ClinicalTrialSubjectID: Annotated[
        vr.LO | None,
        Attribute(
            0x00120040,
            "LO",
            "1",
            "1C",
            name="Clinical Trial Subject ID",
            when=("not", ("present", 0x00120042)),
            otherwise="may",
        ),
    ] = None
    """Clinical Trial Subject ID (0012,0040): Type 1C, VR LO, VM 1. Shall be present if Clinical Trial Subject Reading ID (0012,0042) is absent. May be present otherwise. The assigned identifier for the clinical trial or research subject. See Section C.7.1.3.1.6. Shall be present if Clinical Trial Subject Reading ID (0012,0042) is absent. May be present otherwise."""

    IssuerOfClinicalTrialSubjectID: Annotated[
        vr.LO | None,
        Attribute(0x00120041, "LO", "1", "3", name="Issuer of Clinical Trial Subject ID"),
    ] = None
    """Issuer of Clinical Trial Subject ID (0012,0041): Type 3, VR LO, VM 1. Identifier of the Assigning Authority that issued the Clinical Trial Subject ID (0012,0040)."""

    ClinicalTrialSubjectReadingID: Annotated[
        vr.LO | None,
        Attribute(
            0x00120042,
            "LO",
            "1",
            "1C",
            name="Clinical Trial Subject Reading ID",
            when=("not", ("present", 0x00120040)),
            otherwise="may",
        ),
    ] = None
    """Clinical Trial Subject Reading ID (0012,0042): Type 1C, VR LO, VM 1. Shall be present if Clinical Trial Subject ID (0012,0040) is absent. May be present otherwise. Identifies the subject for blinded evaluations. Shall be present if Clinical Trial Subject ID (0012,0040) is absent. May be present otherwise. See Section C.7.1.3.1.7."""

    IssuerOfClinicalTrialSubjectReadingID: Annotated[
        vr.LO | None,
        Attribute(0x00120043, "LO", "1", "3", name="Issuer of Clinical Trial Subject Reading ID"),
    ] = None
    """Issuer of Clinical Trial Subject Reading ID (0012,0043): Type 3, VR LO, VM 1. Identifier of the Assigning Authority that issued the Clinical Trial Subject Reading ID (0012,0042)."""

    ClinicalTrialProtocolEthicsCommitteeName: Annotated[
        vr.LO | None,
        Attribute(
            0x00120081,
            "LO",
            "1",
            "1C",
            name="Clinical Trial Protocol Ethics Committee Name",
            when=("present", 0x00120082),
        ),
    ] = None
    """Clinical Trial Protocol Ethics Committee Name (0012,0081): Type 1C, VR LO, VM 1. Required if Clinical Trial Protocol Ethics Committee Approval Number (0012,0082) is present. Name of the Ethics Committee or Institutional Review Board (IRB) or Institutional Animal Care and Use Committees (IACUC) responsible for approval of the Clinical Trial or research."""

    ClinicalTrialProtocolEthicsCommitteeApprovalNumber: Annotated[
        vr.LO | None,
        Attribute(
            0x00120082,
            "LO",
            "1",
            "3",
            name="Clinical Trial Protocol Ethics Committee Approval Number",
        ),
    ] = None
    """Clinical Trial Protocol Ethics Committee Approval Number (0012,0082): Type 3, VR LO, VM 1. Approval number issued by committee described in Clinical Trial Protocol Ethics Committee Name (0012,0081)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "OtherClinicalTrialProtocolIDsSequenceItem": (
        "dicomodel.items.other_clinical_trial_protocol_i_ds_sequence_item",
        "OtherClinicalTrialProtocolIDsSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
