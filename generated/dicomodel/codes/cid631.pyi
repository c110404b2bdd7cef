"""CID 631 Procedure Phase Requiring Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1096.
Includes CID 632, CID 12102.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
Preoperative: _Final[_groups.Cid631Code]
Intraoperative: _Final[_groups.Cid631Code]
Postoperative: _Final[_groups.Cid631Code]
AfterProcedure: _Final[_groups.Cid631Code]
DuringProcedure: _Final[_groups.Cid631Code]
BeforeProcedure: _Final[_groups.Cid631Code]
MEMBERS: _Final[tuple[_groups.Cid631Code, ...]]
