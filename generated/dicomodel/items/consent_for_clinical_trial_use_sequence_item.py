"""Item class ConsentForClinicalTrialUseSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.consent_for_distribution_flag import (
        ConsentForDistributionFlagValue as _ConsentForDistributionFlagValue,
    )
    from dicomodel.enums.distribution_type import DistributionTypeTerm as _DistributionTypeTerm
else:
    from dicomodel.lazy import Lazy

    _ConsentForDistributionFlagValue = Lazy(
        "dicomodel.enums.consent_for_distribution_flag", "ConsentForDistributionFlagValue"
    )
    _DistributionTypeTerm = Lazy("dicomodel.enums.distribution_type", "DistributionTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.consent_for_distribution_flag import (
        ConsentForDistributionFlag as ConsentForDistributionFlag,
    )
    from dicomodel.enums.distribution_type import DistributionTypeTerm as DistributionTypeTerm

__all__ = [
    "ConsentForClinicalTrialUseSequenceItem",
    "ConsentForDistributionFlag",
    "DistributionTypeTerm",
]


class ConsentForClinicalTrialUseSequenceItem(DicomModel):
    """An item of Consent for Clinical Trial Use Sequence (0012,0083), as first defined in Clinical Trial Study Module Attributes (C.7-4b)."""

    dicom_name: ClassVar[str] = "Consent for Clinical Trial Use Sequence"
    dicom_table: ClassVar[str] = "table_C.7-4b"

    DistributionType: Annotated[
        _DistributionTypeTerm | vr.CS | None,
        Attribute(
            0x00120084,
            "CS",
            "1",
            "1C",
            name="Distribution Type",
            when=("value", 0x00120085, 0, "in", ("YES", "WITHDRAWN")),
        ),
    ] = None
    """Distribution Type (0012,0084): Type 1C, VR CS, VM 1. Required if Consent for Distribution Flag (0012,0085) equals YES or WITHDRAWN. The type of distribution for which consent to distribute has been granted. Defined Terms: NAMED_PROTOCOL RESTRICTED_REUSE PUBLIC_RELEASE See Section C.7.2.3.1.2. Required if Consent for Distribution Flag (0012,0085) equals YES or WITHDRAWN."""

    ClinicalTrialProtocolID: Annotated[
        vr.LO | None,
        Attribute(
            0x00120020,
            "LO",
            "1",
            "1C",
            name="Clinical Trial Protocol ID",
            when=(
                "and",
                ("value", 0x00120084, 0, "in", ("NAMED_PROTOCOL",)),
                ("unknown", "depends on the protocol the item describes"),
            ),
        ),
    ] = None
    """Clinical Trial Protocol ID (0012,0020): Type 1C, VR LO, VM 1. Required if Distribution Type (0012,0084) is NAMED_PROTOCOL and the protocol is not that which is specified in Clinical Trial Protocol ID (0012,0020) in the Clinical Trial Subject Module. The identifier of the protocol for which consent to distribute has been granted. Required if Distribution Type (0012,0084) is NAMED_PROTOCOL and the protocol is not that which is specified in Clinical Trial Protocol ID (0012,0020) in the Cl..."""

    IssuerOfClinicalTrialProtocolID: Annotated[
        vr.LO | None,
        Attribute(0x00120022, "LO", "1", "3", name="Issuer of Clinical Trial Protocol ID"),
    ] = None
    """Issuer of Clinical Trial Protocol ID (0012,0022): Type 3, VR LO, VM 1. Identifier of the Assigning Authority that issued the Clinical Trial Protocol ID."""

    ConsentForDistributionFlag: Annotated[
        _ConsentForDistributionFlagValue,
        Attribute(
            0x00120085,
            "CS",
            "1",
            "1",
            name="Consent for Distribution Flag",
            enumerated=((0, ("NO", "YES", "WITHDRAWN")),),
        ),
    ]
    """Consent for Distribution Flag (0012,0085): Type 1, VR CS, VM 1. Whether or not consent to distribute has been granted for the purpose described in Distribution Type (0012,0084). Enumerated Values: NO YES WITHDRAWN See Section C.7.2.3.1.2. Under some circumstances, consent may be withdrawn."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConsentForDistributionFlag": (
        "dicomodel.enums.consent_for_distribution_flag",
        "ConsentForDistributionFlag",
    ),
    "DistributionTypeTerm": ("dicomodel.enums.distribution_type", "DistributionTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
