"""CID 6147 Response Criteria.

Extensible, version 20141110, UID 1.2.840.10008.6.1.1004.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6147
NAME: _Final[str] = "Response Criteria"
KEYWORD: _Final[str | None] = "ResponseCriteria"
UID: _Final[str | None] = "1.2.840.10008.6.1.1004"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20141110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

WHO: _Final[_Code] = _Code("DCM", "112029", "WHO", (6147,))
"""WHO (DCM 112029)."""

RECIST1Point0: _Final[_Code] = _Code("DCM", "126080", "RECIST 1.0", (6147,))
"""RECIST 1.0 (DCM 126080)."""

RECIST1Point1: _Final[_Code] = _Code("DCM", "126081", "RECIST 1.1", (6147,))
"""RECIST 1.1 (DCM 126081)."""

RANO: _Final[_Code] = _Code("NCIt", "C114879", "RANO", (6147,))
"""RANO (NCIt C114879)."""

MEMBERS: _Final[tuple[_Code, ...]] = (WHO, RECIST1Point0, RECIST1Point1, RANO)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
