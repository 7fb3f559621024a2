package org.ai4skg.web;

import java.util.List;

/** A property with its values on a page ({@code more} counts values left out). */
public record Group(Value property, List<Value> values, int more) {
}
