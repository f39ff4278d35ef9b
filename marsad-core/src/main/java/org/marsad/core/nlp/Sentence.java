package org.marsad.core.nlp;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.domain.Span;

/**
 * A sentence: its span, tokens and dependency tree (through each token's head).
 *
 * @param index position in the document, from 0
 * @param span character offsets in the document text
 * @param tokens the tokens in order
 */
public record Sentence(int index, Span span, List<Token> tokens) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** The dependents of token {@code i}, in order. */
  public List<Token> children(int i) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.head() == i) {
        out.add(t);
      }
    }
    return out;
  }

  /** The path from token {@code i} up to the root, {@code i} first. */
  public List<Token> ancestry(int i) {
    List<Token> out = new ArrayList<>();
    int cur = i;
    while (cur >= 0 && out.size() <= tokens.size()) {
      Token t = tokens.get(cur);
      out.add(t);
      cur = t.head();
    }
    return out;
  }

  /** Number of dependency edges between two tokens, or Integer.MAX_VALUE if unconnected. */
  public int treeDistance(int a, int b) {
    List<Token> up = ancestry(a);
    List<Token> other = ancestry(b);
    for (int i = 0; i < up.size(); i++) {
      int j = other.indexOf(up.get(i));
      if (j >= 0) {
        return i + j;
      }
    }
    return Integer.MAX_VALUE;
  }

  /** Whether the path from {@code from} up to {@code ancestor} crosses one of {@code relations}. */
  public boolean pathCrosses(int from, int ancestor, java.util.Set<String> relations) {
    for (Token t : ancestry(from)) {
      if (t.index() == ancestor) {
        return false;
      }
      if (relations.contains(t.relation())) {
        return true;
      }
    }
    return false;
  }

  /** Indexes of token {@code i} and all its descendants, skipping subtrees under {@code cut} relations. */
  public java.util.BitSet subtree(int i, java.util.Set<String> cut) {
    java.util.BitSet out = new java.util.BitSet(tokens.size());
    out.set(i);
    boolean grown = true;
    while (grown) {
      grown = false;
      for (Token t : tokens) {
        if (!out.get(t.index()) && t.head() >= 0 && out.get(t.head()) && !cut.contains(t.relation())) {
          out.set(t.index());
          grown = true;
        }
      }
    }
    return out;
  }

  /** The words of the given tokens joined by single spaces, in sentence order. */
  public String words(java.util.BitSet which) {
    StringBuilder sb = new StringBuilder();
    for (int i = which.nextSetBit(0); i >= 0; i = which.nextSetBit(i + 1)) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(tokens.get(i).word());
    }
    return sb.toString();
  }

  /** The dependents of token {@code i} attached by {@code relation} (or a subtype such as nsubj:pass). */
  public List<Token> children(int i, String relation) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.head() == i && (t.relation().equals(relation) || t.relation().startsWith(relation + ":"))) {
        out.add(t);
      }
    }
    return out;
  }

  /** The whole sentence as words. */
  public String words() {
    java.util.BitSet all = new java.util.BitSet();
    all.set(0, tokens.size());
    return words(all);
  }
}
