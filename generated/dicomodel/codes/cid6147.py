"""CID 6147 Response Criteria.

Extensible, version 20141110, UID 1.2.840.10008.6.1.1004.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6147
NAME: Final[str] = "Response Criteria"
KEYWORD: Final[str | None] = "ResponseCriteria"
UID: Final[str | None] = "1.2.840.10008.6.1.1004"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20141110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

WHO: Final[Code] = Code("DCM", "112029", "WHO", (6147,))
"""WHO (DCM 112029)."""

RECIST1Point0: Final[Code] = Code("DCM", "126080", "RECIST 1.0", (6147,))
"""RECIST 1.0 (DCM 126080)."""

RECIST1Point1: Final[Code] = Code("DCM", "126081", "RECIST 1.1", (6147,))
"""RECIST 1.1 (DCM 126081)."""

RANO: Final[Code] = Code("NCIt", "C114879", "RANO", (6147,))
"""RANO (NCIt C114879)."""

MEMBERS: Final[tuple[Code, ...]] = (WHO, RECIST1Point0, RECIST1Point1, RANO)
"""The resolved membership: own members, then those of the included groups, in order."""
