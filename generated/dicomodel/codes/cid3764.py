"""CID 3764 Myocardial Infarction Therapy.

Extensible, version 20070827, UID 1.2.840.10008.6.1.257.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3764
NAME: Final[str] = "Myocardial Infarction Therapy"
KEYWORD: Final[str | None] = "MyocardialInfarctionTherapy"
UID: Final[str | None] = "1.2.840.10008.6.1.257"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20070827"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PercutaneousCoronaryIntervention: Final[Code] = Code(
    "SCT", "415070008", "Percutaneous coronary intervention", (3721, 3764)
)
"""Percutaneous coronary intervention (SCT 415070008)."""

InsertionOfCoronaryArteryStent: Final[Code] = Code(
    "SCT", "36969009", "Insertion of coronary artery stent", (3764,)
)
"""Insertion of coronary artery stent (SCT 36969009)."""

CoronaryArteryBypassGraft: Final[Code] = Code(
    "SCT", "232717009", "Coronary artery bypass graft", (3721, 3764)
)
"""Coronary artery bypass graft (SCT 232717009)."""

ThrombolyticTherapy: Final[Code] = Code("SCT", "426347000", "Thrombolytic therapy", (3764,))
"""Thrombolytic therapy (SCT 426347000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PercutaneousCoronaryIntervention,
    InsertionOfCoronaryArteryStent,
    CoronaryArteryBypassGraft,
    ThrombolyticTherapy,
)
"""The resolved membership: own members, then those of the included groups, in order."""
