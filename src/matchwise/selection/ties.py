"""What the applicant's network tracker knows about people and rotations at a program."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class NetworkTies:
    """Ties to one program: people known there, rotations done there, letter writers there."""

    contacts: tuple[str, ...] = field(default=())
    rotations: int = 0
    letter_writers: tuple[str, ...] = field(default=())

    @property
    def count(self) -> int:
        return len(self.contacts) + self.rotations + len(self.letter_writers)


NO_TIES = NetworkTies()
