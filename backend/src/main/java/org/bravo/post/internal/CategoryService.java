package org.bravo.post.internal;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.bravo.moderation.AuditLog;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.error.FieldErrors;
import org.bravo.post.CategoryRequest;
import org.bravo.post.CategoryView;

@ApplicationScoped
public class CategoryService {
    @Inject
    CategoryRepository categories;

    @Inject
    AuditLog audit;

    public List<CategoryView> list() {
        return categories.listAll(Sort.by("position").and("name")).stream()
                .map(CategoryService::view)
                .toList();
    }

    @Transactional
    public CategoryView create(CategoryRequest request) {
        String name = validate(request, null);
        Category category = new Category();
        category.name = name;
        category.position = request.position() == null ? 0 : request.position();
        categories.persist(category);
        CategoryView created = view(category);
        audit.adminAction("category.create", null, created);
        return created;
    }

    @Transactional
    public CategoryView update(long id, CategoryRequest request) {
        Category category = require(id);
        CategoryView before = view(category);
        category.name = validate(request, id);
        if (request.position() != null) {
            category.position = request.position();
        }
        CategoryView after = view(category);
        audit.adminAction("category.update", before, after);
        return after;
    }

    /** Posts keep existing without a category (the column is set to null by the database). */
    @Transactional
    public void delete(long id) {
        Category category = require(id);
        CategoryView before = view(category);
        categories.delete(category);
        audit.adminAction("category.delete", before, null);
    }

    private Category require(long id) {
        Category category = categories.findById(id);
        if (category == null) {
            throw ApiException.notFound(ErrorCode.CATEGORY_NOT_FOUND, "No category " + id);
        }
        return category;
    }

    private String validate(CategoryRequest request, Long self) {
        String name = request == null || request.name() == null
                ? null
                : request.name().strip();
        new FieldErrors().required("name", name).maxLength("name", name, 80).throwIfAny();
        Category clash = categories.find("lower(name) = lower(?1)", name).firstResult();
        if (clash != null && !clash.id.equals(self)) {
            throw new ApiException(
                    409, ErrorCode.CATEGORY_NAME_TAKEN, "Conflict", "A category is already called " + name);
        }
        return name;
    }

    static CategoryView view(Category c) {
        return new CategoryView(c.id, c.name, c.position);
    }
}
