"""CID 3762 Antiarrhythmic Agent.

Extensible, version 20070827, UID 1.2.840.10008.6.1.256.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3762
NAME: Final[str] = "Antiarrhythmic Agent"
KEYWORD: Final[str | None] = "AntiarrhythmicAgent"
UID: Final[str | None] = "1.2.840.10008.6.1.256"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20070827"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ClassIAntiarrhythmicAgent: Final[Code] = Code(
    "SCT", "373260001", "class I antiarrhythmic agent", (3762,)
)
"""class I antiarrhythmic agent (SCT 373260001)."""

ClassIIAntiarrhythmicAgent: Final[Code] = Code(
    "SCT", "373278006", "class II antiarrhythmic agent", (3762,)
)
"""class II antiarrhythmic agent (SCT 373278006)."""

ClassIIIAntiarrhythmicAgent: Final[Code] = Code(
    "SCT", "372855004", "class III antiarrhythmic agent", (3762,)
)
"""class III antiarrhythmic agent (SCT 372855004)."""

ClassIVAntiarrhythmicAgent: Final[Code] = Code(
    "SCT", "372693007", "class IV antiarrhythmic agent", (3762,)
)
"""class IV antiarrhythmic agent (SCT 372693007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ClassIAntiarrhythmicAgent,
    ClassIIAntiarrhythmicAgent,
    ClassIIIAntiarrhythmicAgent,
    ClassIVAntiarrhythmicAgent,
)
"""The resolved membership: own members, then those of the included groups, in order."""
