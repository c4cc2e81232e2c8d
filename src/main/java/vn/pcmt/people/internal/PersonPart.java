package vn.pcmt.people.internal;

import vn.pcmt.platform.Part;

/**
 * A part of a person's record kept as its own row with its own version (an episode, an event, a document): found,
 * checked against the version read and deleted as every {@link Part} is.
 */
interface PersonPart extends Part {

    long getPersonId();

    @Override
    default long partOf() {
        return getPersonId();
    }
}
