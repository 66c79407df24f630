import pytest

from tests.access.world import World


@pytest.fixture
def world_for(member_for_role):
    """`world_for(role)`: the objects URLs point at, seen from that role; files it made are removed after."""
    made = []

    def build(role_name: str) -> World:
        world = World(member_for_role(role_name))
        made.append(world)
        return world

    yield build
    for world in made:
        if "document" in world.__dict__:
            world.document.file.delete(save=False)
