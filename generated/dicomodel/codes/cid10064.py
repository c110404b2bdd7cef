"""CID 10064 Patient Model Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1158.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10064
NAME: Final[str] = "Patient Model Type"
KEYWORD: Final[str | None] = "PatientModelType"
UID: Final[str | None] = "1.2.840.10008.6.1.1158"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170405"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SimpleObjectModel: Final[Code] = Code("DCM", "128418", "Simple Object Model", (10064,))
"""Simple Object Model (DCM 128418)."""

AnthropomorphicModel: Final[Code] = Code("DCM", "128404", "Anthropomorphic Model", (10064,))
"""Anthropomorphic Model (DCM 128404)."""

PatientSegmentedModel: Final[Code] = Code("DCM", "128494", "Patient Segmented Model", (10064,))
"""Patient Segmented Model (DCM 128494)."""

MEMBERS: Final[tuple[Code, ...]] = (SimpleObjectModel, AnthropomorphicModel, PatientSegmentedModel)
"""The resolved membership: own members, then those of the included groups, in order."""
