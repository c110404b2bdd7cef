"""CID 9506 Brachytherapy Device.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1216.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9506
NAME: Final[str] = "Brachytherapy Device"
KEYWORD: Final[str | None] = "BrachytherapyDevice"
UID: Final[str | None] = "1.2.840.10008.6.1.1216"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BrachytherapySourceApplicator: Final[Code] = Code(
    "DCM", "130078", "Brachytherapy source applicator", (9506,)
)
"""Brachytherapy source applicator (DCM 130078)."""

BrachytherapyChannelShield: Final[Code] = Code(
    "DCM", "130079", "Brachytherapy channel shield", (9506,)
)
"""Brachytherapy channel shield (DCM 130079)."""

BrachytherapyChannel: Final[Code] = Code("DCM", "130080", "Brachytherapy channel", (9506,))
"""Brachytherapy channel (DCM 130080)."""

MEMBERS: Final[tuple[Code, ...]] = (
    BrachytherapySourceApplicator,
    BrachytherapyChannelShield,
    BrachytherapyChannel,
)
"""The resolved membership: own members, then those of the included groups, in order."""
