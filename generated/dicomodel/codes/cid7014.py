"""CID 7014 Export Additional Information Document Title.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1178.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7014
NAME: _Final[str] = "Export Additional Information Document Title"
KEYWORD: _Final[str | None] = "ExportAdditionalInformationDocumentTitle"
UID: _Final[str | None] = "1.2.840.10008.6.1.1178"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ForTeachingFileExport: _Final[_Code] = _Code("DCM", "128710", "For Teaching File Export", (7014,))
"""For Teaching File Export (DCM 128710)."""

ForClinicalTrialExport: _Final[_Code] = _Code("DCM", "128711", "For Clinical Trial Export", (7014,))
"""For Clinical Trial Export (DCM 128711)."""

ForResearchCollectionExport: _Final[_Code] = _Code(
    "DCM", "128713", "For Research Collection Export", (7014,)
)
"""For Research Collection Export (DCM 128713)."""

ForPublicationExport: _Final[_Code] = _Code("DCM", "128714", "For Publication Export", (7014,))
"""For Publication Export (DCM 128714)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ForTeachingFileExport,
    ForClinicalTrialExport,
    ForResearchCollectionExport,
    ForPublicationExport,
)
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
