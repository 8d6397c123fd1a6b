package org.exposuite.registration.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Stores the chosen pavilion themes as one comma-separated column. */
@Converter
public class InterestsConverter implements AttributeConverter<List<PavilionTheme>, String> {

    @Override
    public String convertToDatabaseColumn(List<PavilionTheme> interests) {
        if (interests == null || interests.isEmpty()) {
            return null;
        }
        return interests.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public List<PavilionTheme> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(PavilionTheme::valueOf).toList();
    }
}
