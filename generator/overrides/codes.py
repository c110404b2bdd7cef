"""Code values of PS3.16 2024c context groups that the published tables get wrong.

Each fix names the CID, the coding scheme, the code value as published, the value
the build uses instead, and why.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CodeValueFix:
    """In ``table_CID_<cid>``, the ``scheme`` code value ``published`` is ``replacement``."""

    cid: int
    scheme: str
    published: str
    replacement: str
    reason: str

    def describe(self) -> str:
        """One line for the build report."""
        return (
            f"override: PS3.16 CID {self.cid} ({self.scheme}, {self.published!r}) read as "
            f"({self.scheme}, {self.replacement}): {self.reason}"
        )


_FOCAL = (
    "PS3.16 2024c CID 6337 (included by CIDs 6335 and 6336) gives the code meaning as the "
    "DCM code value; the cell links the definition {anchor} of Annex D, whose code value "
    "it is (DCM code values are numbers, PS3.16 Annex D)"
)

CODE_VALUE_FIXES: tuple[CodeValueFix, ...] = (
    CodeValueFix(
        cid=6337,
        scheme="DCM",
        published="Focal abnormality",
        replacement="130591",
        reason=_FOCAL.format(anchor="chapter_D.html#DCM_130591"),
    ),
    CodeValueFix(
        cid=6337,
        scheme="DCM",
        published="Non-focal abnormality",
        replacement="130592",
        reason=_FOCAL.format(anchor="chapter_D.html#DCM_130592"),
    ),
)

_BY_ROW = {(fix.cid, fix.scheme, fix.published): fix for fix in CODE_VALUE_FIXES}


def code_value_fix(cid: int, scheme: str, value: str) -> CodeValueFix | None:
    """The fix of this code value of this CID, or ``None``."""
    return _BY_ROW.get((cid, scheme, value))
