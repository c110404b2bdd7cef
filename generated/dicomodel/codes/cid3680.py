"""CID 3680 ECG Lead Noise Description.

Extensible, version 20110330, UID 1.2.840.10008.6.1.194.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3680
NAME: Final[str] = "ECG Lead Noise Description"
KEYWORD: Final[str | None] = "ECGLeadNoiseDescription"
UID: Final[str | None] = "1.2.840.10008.6.1.194"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20110330"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NoNoise: Final[Code] = Code("MDC", "10:11200", "No noise", (3335, 3680))
"""No noise (MDC 10:11200)."""

ModerateNoise: Final[Code] = Code("MDC", "10:11216", "Moderate noise", (3335, 3680))
"""Moderate noise (MDC 10:11216)."""

SevereNoise: Final[Code] = Code("MDC", "10:11232", "Severe noise", (3335, 3680))
"""Severe noise (MDC 10:11232)."""

NoSignal: Final[Code] = Code("MDC", "10:11248", "No signal", (3335, 3680))
"""No signal (MDC 10:11248)."""

MEMBERS: Final[tuple[Code, ...]] = (NoNoise, ModerateNoise, SevereNoise, NoSignal)
"""The resolved membership: own members, then those of the included groups, in order."""
